package org.newsbrief.analyze.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text around a time expression that {@link TenseFeatures} reads: the clause before it and
 * after it (up to a clause end, within a window), its words, and whether it sits inside a quotation
 * opened earlier on its line.
 */
final class ClauseText {
  private static final int WINDOW = 100;
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:]\\s|\\n");
  static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private ClauseText() {}

  /** The clause before {@code start}: back to the last clause end within the window. */
  static String before(String text, int start) {
    String window = text.substring(Math.max(0, start - WINDOW), start);
    Matcher end = CLAUSE_END.matcher(window);
    int clause = 0;
    while (end.find()) {
      clause = end.end();
    }
    return window.substring(clause);
  }

  /** The clause after {@code end}: up to the first clause end within the window. */
  static String after(String text, int end) {
    String window = text.substring(end, Math.min(text.length(), end + WINDOW));
    Matcher stop = CLAUSE_END.matcher(window);
    return stop.find() ? window.substring(0, stop.start()) : window;
  }

  /** The clause's words, lower-cased. */
  static List<String> words(String clause) {
    return WORD.matcher(clause)
        .results()
        .map(r -> r.group().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  /** Whether an odd number of quotation marks precede {@code start} on its line. */
  static boolean inQuote(String text, int start) {
    int from = text.lastIndexOf('\n', start - 1) + 1;
    int quotes = 0;
    for (int i = from; i < start; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        quotes++;
      } else if (c == '`' && i + 1 < start && text.charAt(i + 1) == '`') {
        quotes++;
        i++;
      } else if (c == '\'' && i + 1 < start && text.charAt(i + 1) == '\'') {
        quotes++;
        i++;
      }
    }
    return quotes % 2 == 1;
  }
}
