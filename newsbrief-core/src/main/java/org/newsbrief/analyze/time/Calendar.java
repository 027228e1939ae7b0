package org.newsbrief.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Date arithmetic against an article's own date, producing TIMEX3 values. When the article date is
 * unknown, values that depend on it keep X placeholders instead of guessing.
 */
final class Calendar {
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  /**
   * How far a month named without a year may lie after the article's month and still be read as
   * ahead of it; further ahead it is read as last year's. News looks back more than forward.
   */
  private static final int FUTURE_MONTHS = 4;

  /** How far back a month named without a year may lie before it is read as next year's. */
  private static final int PAST_MONTHS = 7;

  private Calendar() {}

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(key)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  static DayOfWeek weekday(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    for (int i = 0; i < DAYS.length; i++) {
      if (DAYS[i].equals(key)) {
        return DayOfWeek.of(i + 1);
      }
    }
    throw new IllegalArgumentException("not a weekday: " + name);
  }

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The weekday {@code day} nearest before (or on) the anchor; after it for "next", or on or after
   * it when the verb looks ahead ("future").
   */
  static String relativeWeekday(@Nullable LocalDate anchor, DayOfWeek day, String relation) {
    if (anchor == null) {
      return "XXXX-WXX-" + day.getValue();
    }
    int diff = day.getValue() - anchor.getDayOfWeek().getValue();
    LocalDate d;
    switch (relation) {
      case "next" -> d = anchor.plusDays(diff > 0 ? diff : diff + 7);
      case "last" -> d = anchor.plusDays(diff < 0 ? diff : diff - 7);
      case "this" -> d = anchor.plusDays(diff);
      case "future" -> d = anchor.plusDays(diff >= 0 ? diff : diff + 7);
      default -> d = anchor.plusDays(diff <= 0 ? diff : diff - 7);
    }
    return day(d);
  }

  /**
   * The year of month {@code month} nearest the anchor, looking back further than ahead; relative
   * to it for "last"/"next", or on the side a verb's tense gives ("future", "past").
   */
  static String relativeMonth(@Nullable LocalDate anchor, int month, String relation) {
    if (anchor == null) {
      return "XXXX-" + String.format(Locale.ROOT, "%02d", month);
    }
    int year = anchor.getYear();
    int current = anchor.getMonthValue();
    switch (relation) {
      case "last" -> year = month < current ? year : year - 1;
      case "next" -> year = month > current ? year : year + 1;
      case "this" -> {}
      case "future" -> year = month >= current ? year : year + 1;
      case "past" -> year = month <= current ? year : year - 1;
      default -> {
        if (month - current > FUTURE_MONTHS) {
          year--;
        } else if (current - month > PAST_MONTHS) {
          year++;
        }
      }
    }
    return month(year, month);
  }

  /** A date with no year, placed in the year that puts it nearest the anchor. */
  static String nearestDay(@Nullable LocalDate anchor, int month, int dayOfMonth) {
    return nearestDay(anchor, month, dayOfMonth, "");
  }

  /** A date with no year, in the year {@link #relativeMonth} gives its month. */
  static String nearestDay(@Nullable LocalDate anchor, int month, int dayOfMonth, String relation) {
    if (anchor == null) {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, dayOfMonth);
    }
    String yearMonth = relativeMonth(anchor, month, relation);
    return yearMonth + String.format(Locale.ROOT, "-%02d", dayOfMonth);
  }

  /**
   * The ISO week of "the weekend": the coming one when {@code ahead}, otherwise the one just past
   * (the anchor's own when the anchor falls on it).
   */
  static String weekend(@Nullable LocalDate anchor, boolean ahead) {
    if (anchor == null) {
      return "XXXX-WXX-WE";
    }
    boolean onWeekend = anchor.getDayOfWeek().getValue() >= 6;
    return week(ahead || onWeekend ? anchor : anchor.minusWeeks(1)) + "-WE";
  }

  /** A unit offset from the anchor: "last week", "two years ago", "next month". */
  static String shift(@Nullable LocalDate anchor, String unit, long amount) {
    if (anchor == null) {
      return switch (unit) {
        case "D" -> "XXXX-XX-XX";
        case "W" -> "XXXX-WXX";
        case "M" -> "XXXX-XX";
        case "Q" -> "XXXX-QX";
        default -> "XXXX";
      };
    }
    return switch (unit) {
      case "D" -> day(anchor.plusDays(amount));
      case "W" -> week(anchor.plusWeeks(amount));
      case "M" -> {
        LocalDate d = anchor.plusMonths(amount);
        yield month(d.getYear(), d.getMonthValue());
      }
      case "Q" -> {
        LocalDate d = anchor.plusMonths(3 * amount);
        yield d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
      }
      case "DE" -> String.valueOf((anchor.getYear() + 10 * amount) / 10);
      default -> String.valueOf(anchor.getYear() + amount);
    };
  }
}
