package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.time.TimeRule.Value;

/**
 * newsbrief's English time-expression rules, most specific first. Month and weekday names are
 * matched with their capital letter, so "may" the verb is not a month. Over 200 lines on purpose:
 * it is one table of patterns with their normalisers, read top to bottom.
 */
final class TimeRules {
  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
          + "|Nov\\.?|Dec\\.?)";
  static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String YEAR = "((?:1[89]|20)\\d\\d)";
  static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String UNIT =
      "(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))";
  private static final Map<String, String> PARTS =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

  private TimeRules() {}

  static List<TimeRule> all() {
    List<TimeRule> rules = new java.util.ArrayList<>(DayTimeRules.all());
    rules.addAll(
        List.of(
            TimeRule.of(
                    "\\b(?:"
                        + WEEKDAY
                        + ",?\\s+)?"
                        + MONTH
                        + "\\s+"
                        + DAY
                        + ",?\\s+"
                        + YEAR
                        + "\\b",
                    (m, a) -> date(m.group(4), Calendar.month(m.group(2)), m.group(3)))
                .gated(TimeGate.MONTH),
            TimeRule.of(
                    "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b",
                    (m, a) -> date(m.group(3), Calendar.month(m.group(2)), m.group(1)))
                .gated(TimeGate.MONTH),
            TimeRule.of(
                    "\\b" + YEAR + "-([01]\\d)-([0-3]\\d)\\b",
                    (m, a) -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)))
                .gated(TimeGate.DIGIT),
            TimeRule.tensed(
                    "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "\\b(?![,:]?\\s*\\d)",
                    (m, a, t) -> dayNoYear(a, Calendar.month(m.group(2)), m.group(3), t))
                .gated(TimeGate.MONTH),
            TimeRule.of(
                    "\\b(?:(?:early|late|mid-?)\\s*)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b",
                    (m, a) ->
                        new Value(
                            "DATE",
                            Calendar.month(
                                Integer.parseInt(m.group(2)), Calendar.month(m.group(1)))))
                .gated(TimeGate.MONTH),
            TimeRule.tensed(
                    "(?:\\b(?i:(last|next|this|early|late|mid))(?:\\s+|-)|(?<=\\b(?i:in|since|until|by|through"
                        + "|of|during|before|after|from|and|or)\\s))"
                        + MONTH
                        + "\\b(?!\\.?\\s*\\d)",
                    (m, a, t) ->
                        monthAlone(
                            m.group(1) == null || !m.group(1).matches("(?i)last|next|this")
                                ? t.relation()
                                : m.group(1),
                            Calendar.month(m.group(2)),
                            a))
                .gated(TimeGate.MONTH),
            TimeRule.tensed(
                    "\\b(?:(?i:(last|next|this coming|this|coming|upcoming))\\s+)?"
                        + WEEKDAY
                        + "\\b",
                    (m, a, t) ->
                        weekday(m.group(1) == null ? t.relation() : m.group(1), m.group(2), a))
                .gated(TimeGate.WEEKDAY),
            TimeRule.ignoringCase(
                "\\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)"
                    + "|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|last night)\\b",
                (m, a) -> deictic(m.group(1).toLowerCase(Locale.ROOT), a)),
            TimeRule.ignoringCase(
                "\\b(now|currently|current|right now|at present|the present|nowadays|these days)\\b",
                (m, a) -> new Value("DATE", "PRESENT_REF")),
            TimeRule.ignoringCase(
                "\\b(recently|lately|the past|in the past|formerly|recent years)\\b(?!\\s+(?:"
                    + Numbers.WORD
                    + "[\\s-]+)?"
                    + UNIT
                    + ")",
                (m, a) -> new Value("DATE", "PAST_REF")),
            TimeRule.ignoringCase(
                "\\brecent (days|weeks|months)\\b(?! and)", (m, a) -> duration("X", m.group(1))),
            TimeRule.ignoringCase(
                "\\b((?:in )?the (?:near )?future)\\b", (m, a) -> new Value("DATE", "FUTURE_REF")),
            TimeRule.ignoringCase(
                "\\b(?:(earlier|later) )?(last|this|next|the previous|the coming|the following)"
                    + " (week|weekend|month|quarter|year|decade)\\b",
                (m, a) ->
                    relativeUnit(
                        m.group(2).toLowerCase(Locale.ROOT),
                        m.group(3).toLowerCase(Locale.ROOT),
                        a)),
            TimeRule.tensed(
                "(?i)\\bthe weekend\\b",
                (m, a, t) -> new Value("DATE", Calendar.weekend(a, t == Tense.FUTURE))),
            TimeRule.ignoringCase(
                "\\bthe (?:latest |most recent |recent |just-ended )?(?:quarter|period)\\b",
                (m, a) -> new Value("DATE", Calendar.shift(a, "Q", -1))),
            TimeRule.ignoringCase(
                    "\\b("
                        + Numbers.WORD
                        + ")[\\s-]+"
                        + UNIT
                        + "\\s+(ago|earlier|before|later|from now)\\b",
                    (m, a) -> ago(m.group(1), m.group(2), m.group(3), a))
                .gated(TimeGate.UNIT),
            TimeRule.ignoringCase(
                    "\\b(?:the\\s+(?:past|last|next|coming|previous|first|following)\\s+)?("
                        + Numbers.WORD
                        + ")[\\s-]+"
                        + UNIT
                        + "\\b(?![\\s-]+old)",
                    (m, a) -> duration(m.group(1), m.group(2)))
                .gated(TimeGate.UNIT),
            TimeRule.ignoringCase(
                "\\bthe (?:past|last|next|coming|previous) (day|week|month|year|decade)\\b",
                (m, a) -> duration("1", m.group(1))),
            TimeRule.ignoringCase(
                "\\b(days|weeks|months|years|decades|hours|minutes)\\b",
                (m, a) -> duration("X", m.group(1))),
            TimeRule.ignoringCase(
                "\\b(?:the )?(first|second|third|fourth)(?:[- ])quarter(?: of " + YEAR + ")?\\b",
                (m, a) -> quarter(m.group(1), m.group(2), a)),
            TimeRule.ignoringCase(
                "\\b(?:every|each|per) (day|week|month|year)\\b|\\b(daily|weekly|monthly)\\b",
                (m, a) -> set(m.group(1) != null ? m.group(1) : m.group(2))),
            TimeRule.ignoringCase(
                "\\bthe (?:fiscal |full )?year(?= end(?:ed|ing)\\b)",
                (m, a) -> new Value("DURATION", "P1Y")),
            TimeRule.ignoringCase(
                "\\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period))?\\b",
                (m, a) -> new Value("DATE", Calendar.shift(a, "Q", -5))),
            TimeRule.ignoringCase(
                "\\b(last|this|next|the|in the) (spring|summer|fall|autumn|winter)\\b",
                (m, a) -> season(m.group(1).toLowerCase(Locale.ROOT), m.group(2), a)),
            TimeRule.of(
                    "\\b(?:the )?(?:(?i:early|late|mid-?) ?)?((?:1[89]|20)\\d)0s\\b",
                    (m, a) -> new Value("DATE", m.group(1)))
                .gated(TimeGate.DIGIT),
            TimeRule.of(
                "\\b(?:"
                    + MONTH
                    + "\\s+)?(?i:nineteen)[\\s-]+("
                    + Numbers.TENS
                    + ")(?:[\\s-]+("
                    + Numbers.UNITS
                    + "))?\\b",
                (m, a) -> spokenYear(m.group(1), m.group(2), m.group(3))),
            TimeRule.of(
                    "(?<![\\d,.$])\\b" + YEAR + "\\b(?!\\d|,\\d|\\s*(?:%|percent))",
                    (m, a) -> new Value("DATE", m.group(1)))
                .gated(TimeGate.DIGIT)));
    return List.copyOf(rules);
  }

  /** "nineteen ninety-six" is 1996; with a month before it, that month of the year. */
  private static Value spokenYear(@Nullable String month, String tens, @Nullable String units) {
    int year =
        1900
            + Integer.parseInt(Numbers.value(tens))
            + (units == null ? 0 : Integer.parseInt(Numbers.value(units)));
    return new Value(
        "DATE", month == null ? String.valueOf(year) : Calendar.month(year, Calendar.month(month)));
  }

  private static @Nullable Value date(String year, int month, String day) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return null;
    }
    return new Value("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d));
  }

  private static @Nullable Value dayNoYear(
      @Nullable LocalDate anchor, int month, String day, Tense tense) {
    int d = Integer.parseInt(day);
    return d < 1 || d > 31
        ? null
        : new Value("DATE", Calendar.nearestDay(anchor, month, d, tense.relation()));
  }

  private static Value monthAlone(String relation, int month, @Nullable LocalDate anchor) {
    String r = relation.toLowerCase(Locale.ROOT);
    return new Value("DATE", Calendar.relativeMonth(anchor, month, r));
  }

  private static Value weekday(String relation, String day, @Nullable LocalDate anchor) {
    String r = relation.toLowerCase(Locale.ROOT);
    if (r.endsWith("coming")) {
      r = "future";
    }
    return new Value("DATE", Calendar.relativeWeekday(anchor, Calendar.weekday(day), r));
  }

  private static Value deictic(String word, @Nullable LocalDate anchor) {
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

  private static Value relativeUnit(String relation, String unit, @Nullable LocalDate anchor) {
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

  private static @Nullable Value ago(
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

  private static Value duration(String number, String unit) {
    String n = Numbers.value(number);
    String code = code(unit);
    if (code.equals("DE")) {
      return new Value("DURATION", n.equals("X") ? "PXDE" : "P" + Integer.parseInt(n) * 10 + "Y");
    }
    return new Value(
        "DURATION", code.startsWith("T") ? "PT" + n + code.substring(1) : "P" + n + code);
  }

  private static Value quarter(String ordinal, @Nullable String year, @Nullable LocalDate anchor) {
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

  private static Value set(@Nullable String word) {
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

  private static Value season(String relation, String season, @Nullable LocalDate anchor) {
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

  private static String code(String unit) {
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
