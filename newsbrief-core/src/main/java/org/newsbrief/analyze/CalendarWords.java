package org.newsbrief.analyze;

import java.util.HashSet;
import java.util.Set;

/**
 * The English names of months and weekdays, lower-cased, in full and abbreviated: what the stages
 * that read dates, stamps and names must tell apart from other words.
 */
public final class CalendarWords {
  /** Month names in full. */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Weekday names in full. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Month names in full and their abbreviations ("jan", "sept"). */
  public static final Set<String> MONTHS_AND_ABBREVIATIONS =
      union(
          MONTHS,
          Set.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));

  /** Weekday names in full and their abbreviations ("tue", "thurs"). */
  public static final Set<String> WEEKDAYS_AND_ABBREVIATIONS =
      union(
          WEEKDAYS,
          Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"));

  private CalendarWords() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
