package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.time.TimeRule.Value;

/**
 * Times of day: clock times ("10:35 a.m.", "9 a.m. Tuesday", "5 p.m. EST Nov. 9"), "noon" and
 * "midnight", and weekdays with a part of the day ("Wednesday night"). A weekday or date after the
 * time gives its day; otherwise the article's own day.
 */
final class DayTimeRules {
  private static final String DAY_AFTER =
      "(?:,?\\s+(?:on\\s+)?(?<day>"
          + TimeRules.WEEKDAY.replace("(", "(?:")
          + "|"
          + TimeRules.MONTH.replace("(", "(?:")
          + "\\s+[0-3]?\\d\\b))?";
  private static final Pattern WEEKDAY = Pattern.compile(TimeRules.WEEKDAY);
  private static final Pattern MONTH_DAY = Pattern.compile(TimeRules.MONTH + "\\s+([0-3]?\\d)");
  private static final String ZONE = "(?:\\s+[ECMP][SD]T)?";

  private DayTimeRules() {}

  static List<TimeRule> all() {
    return List.of(
        TimeRule.tensed(
                "(?i)\\b([01]?\\d|2[0-3]):([0-5]\\d)\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?"
                    + ZONE
                    + DAY_AFTER,
                (m, a, t) -> clock(day(m.group("day"), a, t), m.group(1), m.group(2), m.group(3)))
            .gated(TimeGate.DIGIT),
        TimeRule.tensed(
                "(?i)\\b([01]?\\d)\\s*(a\\.m\\.|p\\.m\\.)" + ZONE + DAY_AFTER,
                (m, a, t) -> clock(day(m.group("day"), a, t), m.group(1), "00", m.group(2)))
            .gated(TimeGate.DIGIT),
        TimeRule.tensed(
            "(?i)\\b(noon|midday|midnight)" + DAY_AFTER,
            (m, a, t) -> {
              String hour = m.group(1).equalsIgnoreCase("midnight") ? "T24" : "T12:00";
              return new Value("TIME", day(m.group("day"), a, t) + hour);
            }));
  }

  /** The day a weekday or "Nov. 9" names, or the article's own day when {@code named} is null. */
  static String day(@Nullable String named, @Nullable LocalDate anchor, Tense tense) {
    if (named == null) {
      return Calendar.shift(anchor, "D", 0);
    }
    Matcher weekday = WEEKDAY.matcher(named);
    if (weekday.matches()) {
      return Calendar.relativeWeekday(anchor, Calendar.weekday(named), tense.relation());
    }
    Matcher date = MONTH_DAY.matcher(named);
    if (date.matches()) {
      int d = Integer.parseInt(date.group(2));
      return Calendar.nearestDay(anchor, Calendar.month(date.group(1)), d, tense.relation());
    }
    return Calendar.shift(anchor, "D", 0);
  }

  private static @Nullable Value clock(
      String day, String hour, String minute, @Nullable String meridiem) {
    int h = Integer.parseInt(hour);
    if (h > 12 && meridiem != null || h > 23) {
      return null;
    }
    if (meridiem != null) {
      boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
      h = pm && h < 12 ? h + 12 : (!pm && h == 12 ? 0 : h);
    }
    return new Value("TIME", day + String.format(Locale.ROOT, "T%02d:%s", h, minute));
  }
}
