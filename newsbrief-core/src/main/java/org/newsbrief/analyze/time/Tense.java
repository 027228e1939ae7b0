package org.newsbrief.analyze.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which side of the article's date a clause points to, read from the words before a time expression
 * in its sentence: "will meet on Tuesday", "is scheduled to close Monday" and "payable Jan. 2" look
 * ahead; "the year ended March 31" and "since June" look back. A reporting verb between the cue and
 * the expression ("will ..., officials said Tuesday") cancels the cue.
 */
enum Tense {
  FUTURE,
  PAST,
  UNMARKED;

  private static final int WINDOW = 100;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]\\s|\\n");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:(will|'ll|shall|would|wo|is to|are to|was to|were to|going to|plans? to"
              + "|plan|plans|planned|planning|scheduled|set to|expected to|payable|effective|upcoming|as soon as"
              + "|as early as|no later than|due(?! to))|(ended|since))\\b");
  private static final Pattern REPORTING =
      Pattern.compile("(?i)\\b(?:said|says|told|announced|reported|added|confirmed)\\b");

  /** The tense of the clause that leads up to {@code start} in {@code text}. */
  static Tense before(String text, int start) {
    int from = Math.max(0, start - WINDOW);
    String window = text.substring(from, start);
    Matcher end = SENTENCE_END.matcher(window);
    int clause = 0;
    while (end.find()) {
      clause = end.end();
    }
    window = window.substring(clause);
    Matcher cue = CUE.matcher(window);
    Tense tense = UNMARKED;
    int cueEnd = 0;
    while (cue.find()) {
      tense = cue.group(1) != null ? FUTURE : PAST;
      cueEnd = cue.end();
    }
    if (tense != UNMARKED && REPORTING.matcher(window.substring(cueEnd)).find()) {
      return UNMARKED;
    }
    return tense;
  }

  /** The relation {@link Calendar} reads: "future", "past" or "" for nearest. */
  String relation() {
    return switch (this) {
      case FUTURE -> "future";
      case PAST -> "past";
      case UNMARKED -> "";
    };
  }
}
