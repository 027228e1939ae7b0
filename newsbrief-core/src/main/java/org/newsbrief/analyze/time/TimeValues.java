package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.time.TimeRule.Value;

/**
 * The TIMEX3 values of {@link TimeRules}' matches: dates, durations, sets and seasons, resolved
 * against the article's reference day (the anchor) where the expression is relative.
 */
final class TimeValues {
  private static final Map<String, String> PARTS =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

  private TimeValues() {}

  /** "nineteen ninety-six" is 1996; with a month before it, that month of the year. */
  static Value spokenYear(@Nullable String month, String tens, @Nullable String units) {
    int year =
        1900
            + Integer.parseInt(Numbers.value(tens))
            + (units == null ? 0 : Integer.parseInt(Numbers.value(units)));
    return new Value(
        "DATE", month == null ? String.valueOf(year) : Calendar.month(year, Calendar.month(month)));
  }

  static @Nullable Value date(String year, int month, String day) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return null;
    }
    return new Value("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d));
  }

  static @Nullable Value dayNoYear(@Nullable LocalDate anchor, int month, String day, Tense tense) {
    int d = Integer.parseInt(day);
    return d < 1 || d > 31
        ? null
        : new Value("DATE", Calendar.nearestDay(anchor, month, d, tense.relation()));
  }

  static Value monthAlone(String relation, int month, @Nullable LocalDate anchor) {
    String r = relation.toLowerCase(Locale.ROOT);
    return new Value("DATE", Calendar.relativeMonth(anchor, month, r));
  }

  static Value weekday(String relation, String day, @Nullable LocalDate anchor) {
    String r = relation.toLowerCase(Locale.ROOT);
    if (r.endsWith("coming")) {
      r = "future";
    }
    return new Value("DATE", Calendar.relativeWeekday(anchor, Calendar.weekday(day), r));
  }

  static Value deictic(String word, @Nullable LocalDate anchor) {
    long shift =
        word.startsWith("yesterday") || word.equals("last night")
            ? -1
            : word.startsWith("tomorrow") ? 1 : 0;
    String date = Calendar.shift(anchor, "D", shift);
    if (word.equals("tonight") || word.equals("last night")) {
      return new Value("TIME", date + "TNI");
    }
    for (Map.Entry<String, String> part : PARTS.entrySet()) {
      if (word.endsWith(part.getKey())) {
        return new Value("TIME", date + "T" + part.getValue());
      }
    }
    return new Value("DATE", date);
  }

  static Value relativeUnit(String relation, String unit, @Nullable LocalDate anchor) {
    long amount =
        switch (relation) {
          case "last", "the previous" -> -1;
          case "next", "the coming", "the following" -> 1;
          default -> 0;
        };
    if (unit.equals("weekend")) {
      return new Value("DATE", Calendar.shift(anchor, "W", amount) + "-WE");
    }
    return new Value("DATE", Calendar.shift(anchor, code(unit), amount));
  }

  static @Nullable Value ago(
      String number, String unit, String direction, @Nullable LocalDate anchor) {
    String n = Numbers.value(number);
    if (n.equals("X")) {
      return new Value("DATE", "PAST_REF");
    }
    String d = direction.toLowerCase(Locale.ROOT);
    long sign = d.equals("later") || d.equals("from now") ? 1 : -1;
    String code = code(unit);
    if (code.startsWith("T")) {
      return null;
    }
    return new Value("DATE", Calendar.shift(anchor, code, sign * Long.parseLong(n)));
  }

  static Value duration(String number, String unit) {
    String n = Numbers.value(number);
    String code = code(unit);
    if (code.equals("DE")) {
      return new Value("DURATION", n.equals("X") ? "PXDE" : "P" + Integer.parseInt(n) * 10 + "Y");
    }
    return new Value(
        "DURATION", code.startsWith("T") ? "PT" + n + code.substring(1) : "P" + n + code);
  }

  static Value quarter(String ordinal, @Nullable String year, @Nullable LocalDate anchor) {
    int q =
        List.of("first", "second", "third", "fourth").indexOf(ordinal.toLowerCase(Locale.ROOT)) + 1;
    if (year != null) {
      return new Value("DATE", year + "-Q" + q);
    }
    if (anchor == null) {
      return new Value("DATE", "XXXX-Q" + q);
    }
    int current = (anchor.getMonthValue() - 1) / 3 + 1;
    return new Value("DATE", (q > current ? anchor.getYear() - 1 : anchor.getYear()) + "-Q" + q);
  }

  static Value set(@Nullable String word) {
    if (word == null) {
      return new Value("SET", "P1D");
    }
    String w = word.toLowerCase(Locale.ROOT);
    String code =
        switch (w) {
          case "day", "daily" -> "D";
          case "week", "weekly" -> "W";
          case "month", "monthly" -> "M";
          default -> "Y";
        };
    return new Value("SET", "P1" + code);
  }

  static Value season(String relation, String season, @Nullable LocalDate anchor) {
    String code =
        switch (season.toLowerCase(Locale.ROOT)) {
          case "spring" -> "SP";
          case "summer" -> "SU";
          case "winter" -> "WI";
          default -> "FA";
        };
    long shift = relation.equals("last") ? -1 : relation.equals("next") ? 1 : 0;
    return new Value("DATE", Calendar.shift(anchor, "Y", shift) + "-" + code);
  }

  static String code(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("second")) {
      return "TS";
    } else if (u.startsWith("minute")) {
      return "TM";
    } else if (u.startsWith("hour")) {
      return "TH";
    } else if (u.startsWith("day")) {
      return "D";
    } else if (u.startsWith("week")) {
      return "W";
    } else if (u.startsWith("month")) {
      return "M";
    } else if (u.startsWith("quarter")) {
      return "Q";
    } else if (u.startsWith("decade")) {
      return "DE";
    } else if (u.startsWith("centur")) {
      return "CE";
    }
    return "Y";
  }
}
