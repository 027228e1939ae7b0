package org.newsbrief.analyze.time;

import java.util.List;
import java.util.Locale;
import org.newsbrief.analyze.time.TimeRule.Value;

/**
 * newsbrief's English time-expression rules, most specific first. Month and weekday names are
 * matched with their capital letter, so "may" the verb is not a month. One table of patterns, read
 * top to bottom; the values they normalise to are built by {@link TimeValues}.
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
                    (m, a) -> TimeValues.date(m.group(4), Calendar.month(m.group(2)), m.group(3)))
                .gated(TimeGate.MONTH),
            TimeRule.of(
                    "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b",
                    (m, a) -> TimeValues.date(m.group(3), Calendar.month(m.group(2)), m.group(1)))
                .gated(TimeGate.MONTH),
            TimeRule.of(
                    "\\b" + YEAR + "-([01]\\d)-([0-3]\\d)\\b",
                    (m, a) -> TimeValues.date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)))
                .gated(TimeGate.DIGIT),
            TimeRule.tensed(
                    "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "\\b(?![,:]?\\s*\\d)",
                    (m, a, t) -> TimeValues.dayNoYear(a, Calendar.month(m.group(2)), m.group(3), t))
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
                        TimeValues.monthAlone(
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
                        TimeValues.weekday(
                            m.group(1) == null ? t.relation() : m.group(1), m.group(2), a))
                .gated(TimeGate.WEEKDAY),
            TimeRule.ignoringCase(
                "\\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)"
                    + "|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|last night)\\b",
                (m, a) -> TimeValues.deictic(m.group(1).toLowerCase(Locale.ROOT), a)),
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
                "\\brecent (days|weeks|months)\\b(?! and)",
                (m, a) -> TimeValues.duration("X", m.group(1))),
            TimeRule.ignoringCase(
                "\\b((?:in )?the (?:near )?future)\\b", (m, a) -> new Value("DATE", "FUTURE_REF")),
            TimeRule.ignoringCase(
                "\\b(?:(earlier|later) )?(last|this|next|the previous|the coming|the following)"
                    + " (week|weekend|month|quarter|year|decade)\\b",
                (m, a) ->
                    TimeValues.relativeUnit(
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
                    (m, a) -> TimeValues.ago(m.group(1), m.group(2), m.group(3), a))
                .gated(TimeGate.UNIT),
            TimeRule.ignoringCase(
                    "\\b(?:the\\s+(?:past|last|next|coming|previous|first|following)\\s+)?("
                        + Numbers.WORD
                        + ")[\\s-]+"
                        + UNIT
                        + "\\b(?![\\s-]+old)",
                    (m, a) -> TimeValues.duration(m.group(1), m.group(2)))
                .gated(TimeGate.UNIT),
            TimeRule.ignoringCase(
                "\\bthe (?:past|last|next|coming|previous) (day|week|month|year|decade)\\b",
                (m, a) -> TimeValues.duration("1", m.group(1))),
            TimeRule.ignoringCase(
                "\\b(days|weeks|months|years|decades|hours|minutes)\\b",
                (m, a) -> TimeValues.duration("X", m.group(1))),
            TimeRule.ignoringCase(
                "\\b(?:the )?(first|second|third|fourth)(?:[- ])quarter(?: of " + YEAR + ")?\\b",
                (m, a) -> TimeValues.quarter(m.group(1), m.group(2), a)),
            TimeRule.ignoringCase(
                "\\b(?:every|each|per) (day|week|month|year)\\b|\\b(daily|weekly|monthly)\\b",
                (m, a) -> TimeValues.set(m.group(1) != null ? m.group(1) : m.group(2))),
            TimeRule.ignoringCase(
                "\\bthe (?:fiscal |full )?year(?= end(?:ed|ing)\\b)",
                (m, a) -> new Value("DURATION", "P1Y")),
            TimeRule.ignoringCase(
                "\\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period))?\\b",
                (m, a) -> new Value("DATE", Calendar.shift(a, "Q", -5))),
            TimeRule.ignoringCase(
                "\\b(last|this|next|the|in the) (spring|summer|fall|autumn|winter)\\b",
                (m, a) -> TimeValues.season(m.group(1).toLowerCase(Locale.ROOT), m.group(2), a)),
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
                (m, a) -> TimeValues.spokenYear(m.group(1), m.group(2), m.group(3))),
            TimeRule.of(
                    "(?<![\\d,.$])\\b" + YEAR + "\\b(?!\\d|,\\d|\\s*(?:%|percent))",
                    (m, a) -> new Value("DATE", m.group(1)))
                .gated(TimeGate.DIGIT)));
    return List.copyOf(rules);
  }
}
