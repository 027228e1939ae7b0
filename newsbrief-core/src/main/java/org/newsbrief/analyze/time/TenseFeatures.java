package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@link TenseModel} reads to decide whether a partial date ("Tuesday", "in December", "March
 * 3") looks ahead of the article's date or back: cue words of the clause before the expression, the
 * verb forms around it, the preposition in front of it, quotation, and how far back or ahead each
 * reading would place it.
 */
final class TenseFeatures {
  /** The features' names, in the order of {@link #of}; the first is the constant. */
  static final List<String> NAMES =
      List.of(
          "bias",
          "cue_will",
          "cue_would",
          "cue_plan",
          "cue_payable",
          "cue_ended_since",
          "reporting_after_cue",
          "after_modal",
          "after_past_verb",
          "before_past_verb",
          "before_present",
          "after_present",
          "prep_deadline",
          "prep_since",
          "prep_on",
          "in_quote",
          "log_days_back",
          "log_days_ahead",
          "back_within_week",
          "ahead_within_week",
          "rule_future",
          "rule_past");

  private static final Set<String> WILL = Set.of("will", "'ll", "shall");
  private static final Set<String> WOULD = Set.of("would", "wo", "could", "might");
  private static final Pattern PLAN =
      Pattern.compile(
          "(?i)\\b(?:is to|are to|was to|were to|going to|plans? to|plan|plans|planned|planning"
              + "|scheduled|set to|expected to|due(?! to)|upcoming|as soon as|as early as"
              + "|no later than|next|coming)\\b");
  private static final Pattern PAYABLE = Pattern.compile("(?i)\\b(?:payable|effective)\\b");
  private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:ended|since|ago|last)\\b");
  private static final Pattern REPORTING =
      Pattern.compile("(?i)\\b(?:said|says|told|announced|reported|added|confirmed)\\b");

  /** Common irregular past forms; regular ones are read by their "-ed" ending. */
  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made",
          "died", "left", "won", "lost", "held", "began", "saw", "gave", "became", "got", "found",
          "sent", "put", "set", "ran", "fell", "rose", "paid", "sold", "bought", "brought", "felt",
          "kept", "led", "spoke", "struck", "shot", "hit", "quit", "thought");

  private static final Set<String> PRESENT =
      Set.of("is", "are", "has", "have", "'s", "does", "do", "am");
  private static final Set<String> DEADLINE = Set.of("by", "until", "till", "before", "through");
  private static final Set<String> SINCE = Set.of("since", "after", "from");
  private static final int VERB_REACH = 6;

  private TenseFeatures() {}

  /**
   * The feature row of the expression at [{@code start}, {@code end}) of {@code text}, whose past
   * and future readings against {@code anchor} are {@code past} and {@code future}.
   */
  static double[] of(
      String text, int start, int end, LocalDate anchor, String past, String future) {
    double[] x = new double[NAMES.size()];
    x[0] = 1;
    String before = ClauseText.before(text, start);
    String after = ClauseText.after(text, end);
    List<String> wordsBefore = ClauseText.words(before);
    List<String> wordsAfter = ClauseText.words(after);
    int cueEnd = -1;
    Matcher w = ClauseText.WORD.matcher(before);
    while (w.find()) {
      String word = w.group().toLowerCase(java.util.Locale.ROOT);
      if (WILL.contains(word)) {
        x[1] = 1;
        cueEnd = w.end();
      } else if (WOULD.contains(word)) {
        x[2] = 1;
        cueEnd = w.end();
      }
    }
    cueEnd = Math.max(cueEnd, flag(PLAN, before, x, 3));
    cueEnd = Math.max(cueEnd, flag(PAYABLE, before, x, 4));
    cueEnd = Math.max(cueEnd, flag(ENDED, before, x, 5));
    if (cueEnd >= 0 && REPORTING.matcher(before.substring(cueEnd)).find()) {
      x[6] = 1;
    }
    List<String> next = wordsAfter.subList(0, Math.min(VERB_REACH, wordsAfter.size()));
    List<String> last =
        wordsBefore.subList(Math.max(0, wordsBefore.size() - VERB_REACH), wordsBefore.size());
    x[7] = next.stream().anyMatch(t -> WILL.contains(t) || WOULD.contains(t)) ? 1 : 0;
    x[8] = next.stream().limit(3).anyMatch(TenseFeatures::pastVerb) ? 1 : 0;
    x[9] = last.stream().anyMatch(TenseFeatures::pastVerb) ? 1 : 0;
    x[10] = last.stream().anyMatch(PRESENT::contains) ? 1 : 0;
    x[11] = next.stream().limit(3).anyMatch(PRESENT::contains) ? 1 : 0;
    String prep = wordsBefore.isEmpty() ? "" : wordsBefore.get(wordsBefore.size() - 1);
    x[12] = DEADLINE.contains(prep) ? 1 : 0;
    x[13] = SINCE.contains(prep) ? 1 : 0;
    x[14] = prep.equals("on") ? 1 : 0;
    x[15] = ClauseText.inQuote(text, start) ? 1 : 0;
    long back = days(anchor, past, true);
    long ahead = days(anchor, future, false);
    x[16] = Math.log1p(back);
    x[17] = Math.log1p(ahead);
    x[18] = back <= 7 ? 1 : 0;
    x[19] = ahead <= 7 ? 1 : 0;
    Tense rule = Tense.before(text, start);
    x[20] = rule == Tense.FUTURE ? 1 : 0;
    x[21] = rule == Tense.PAST ? 1 : 0;
    return x;
  }

  private static int flag(Pattern cue, String clause, double[] x, int index) {
    Matcher m = cue.matcher(clause);
    int end = -1;
    while (m.find()) {
      x[index] = 1;
      end = m.end();
    }
    return end;
  }

  private static boolean pastVerb(String word) {
    return IRREGULAR_PAST.contains(word) || word.length() > 4 && word.endsWith("ed");
  }

  /** Days between the anchor and the start of a value's period: back (past) or ahead (future). */
  private static long days(LocalDate anchor, String value, boolean back) {
    @Nullable LocalDate d = start(value);
    if (d == null) {
      return 0;
    }
    long diff = ChronoUnit.DAYS.between(anchor, d);
    return Math.max(0, back ? -diff : diff);
  }

  private static @Nullable LocalDate start(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(value + "-15");
      }
      if (value.matches("\\d{4}-W\\d{2}.*")) {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)));
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }
}
