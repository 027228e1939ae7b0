package org.newsbrief.analyze.time;

import java.util.List;

/**
 * A cheap test a sentence must pass before an expensive time rule is tried on it: a rule built
 * around a month name cannot match a sentence that names no month. Each gate is a necessary
 * condition of its rules' patterns, so gating changes only speed, never what is found.
 */
enum TimeGate {
  /** Every sentence. */
  ANY,
  /** Sentences with a digit. */
  DIGIT,
  /** Sentences with a capitalised month name or abbreviation (month patterns are case-exact). */
  MONTH,
  /** Sentences with "day" in them: every weekday name ends in it. */
  WEEKDAY,
  /** Sentences naming a unit of time in any case: seconds to centuries. */
  UNIT;

  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final List<String> UNITS =
      List.of(
          "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
          "centur");

  /** Whether a rule behind this gate may match {@code text}; {@code lower} is it lower-cased. */
  boolean admits(String text, String lower) {
    return switch (this) {
      case ANY -> true;
      case DIGIT -> text.chars().anyMatch(Character::isDigit);
      case MONTH -> MONTHS.stream().anyMatch(text::contains);
      case WEEKDAY -> text.contains("day");
      case UNIT -> UNITS.stream().anyMatch(lower::contains);
    };
  }
}
