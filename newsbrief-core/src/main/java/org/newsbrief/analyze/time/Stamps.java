package org.newsbrief.analyze.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.CalendarWords;

/**
 * Finds what a page glues in front of an article's first sentence: its headline, and a time stamp
 * ("May 3, 2013 | 8: 20 am", "Published: 02: 31 GMT, 12 March 2013 | UPDATED: ...", "14: 25 Sun Sep
 * 15 2013"). A stamp is a run of calendar words, numbers, clock times, time zones, stamp keywords
 * and separators at the start of a sentence that holds a clock time or a stamp keyword: a date
 * alone ("On June 24, 2005 Ortiz was killed") is the event's own and stays. A stamp's date is the
 * page's, not an event's.
 */
final class Stamps {
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}+\\.?|\\d+(?:st|nd|rd|th|am|pm|AM|PM)?|\\S");
  private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}\\s*[:.]\\s*\\d{2}");
  private static final Pattern KEYWORD =
      Pattern.compile("(?i)\\b(?:published|updated|posted|created|edited|last\\s+modified)\\b");
  private static final Set<String> WORDS =
      words(
          "am",
          "pm",
          "a.",
          "p.",
          "m.",
          "at",
          "on",
          "gmt",
          "bst",
          "utc",
          "cet",
          "cest",
          "edt",
          "est",
          "pdt",
          "pst",
          "cdt",
          "cst",
          "mdt",
          "mst",
          "akdt",
          "ist",
          "hkt",
          "et",
          "pt",
          "ct",
          "uk",
          "hrs",
          "published",
          "updated",
          "posted",
          "created",
          "edited",
          "last",
          "first",
          "modified",
          "story",
          "time",
          "date",
          "by");
  private static final Set<String> SEPARATORS =
      Set.of(",", "|", "-", "–", "—", ":", "/", "(", ")", "+", ".", "•", "·");

  private Stamps() {}

  /** The calendar's words and {@code others}. */
  private static Set<String> words(String... others) {
    Set<String> words = new java.util.HashSet<>(Set.of(others));
    words.addAll(CalendarWords.MONTHS_AND_ABBREVIATIONS);
    words.addAll(CalendarWords.WEEKDAYS_AND_ABBREVIATIONS);
    return Set.copyOf(words);
  }

  /**
   * The sentence without a leading headline ({@code title}, when the sentence starts with it) and a
   * leading time stamp; the sentence itself when it has neither.
   */
  static String body(String sentence, String title) {
    String text = sentence.strip();
    String head = title.strip();
    if (head.length() >= 12 && text.length() > head.length() && text.startsWith(head)) {
      text = text.substring(head.length()).strip();
    }
    int end = stampEnd(text);
    return end > 0 ? text.substring(end).strip() : text;
  }

  /** Whether the expression at {@code start} follows a stamp keyword ("posted ... on Friday"). */
  static boolean afterKeyword(String sentence, int start) {
    Matcher m = KEYWORD.matcher(sentence);
    return m.find() && m.start() < start;
  }

  /** Where a leading stamp ends, or 0 when the sentence does not open with one. */
  private static int stampEnd(String text) {
    Matcher m = TOKEN.matcher(text);
    int end = 0;
    int numbers = 0;
    while (m.find()) {
      String token = m.group();
      String lower = token.toLowerCase(Locale.ROOT);
      boolean number = Character.isDigit(token.charAt(0));
      if (!(number || WORDS.contains(lower) || SEPARATORS.contains(token))) {
        break;
      }
      numbers += number ? 1 : 0;
      end = m.end();
    }
    String zone = text.substring(0, end);
    boolean stamp = numbers > 0 && (CLOCK.matcher(zone).find() || KEYWORD.matcher(zone).find());
    return stamp ? end : 0;
  }
}
