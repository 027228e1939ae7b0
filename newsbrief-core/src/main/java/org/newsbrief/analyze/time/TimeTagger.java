package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.TimeExpression;

/**
 * Finds time expressions in text and normalises them against an anchor date (the article's
 * publication date). Where rules overlap, the longest match wins, then the earliest. Thread-safe.
 */
public final class TimeTagger {
  private static final List<TimeRule> RULES = TimeRules.all();

  /** Time expressions of {@code text}, in order, resolved against {@code anchor} when known. */
  public List<TimeExpression> tag(String text, @Nullable LocalDate anchor) {
    return tagWith(RULES, text, anchor);
  }

  static List<TimeExpression> tagWith(
      List<TimeRule> rules, String text, @Nullable LocalDate anchor) {
    List<TimeExpression> found = new ArrayList<>();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (TimeRule rule : rules) {
      if (!rule.gate().admits(text, lower)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        Tense tense = rule.tensed() ? Tense.before(text, m.start()) : Tense.UNMARKED;
        TimeRule.Value value = rule.normaliser().normalise(m, anchor, tense);
        if (value != null) {
          found.add(
              new TimeExpression(
                  m.group().strip(), m.start(), m.end(), value.type(), value.value()));
        }
      }
    }
    found.sort(
        Comparator.comparingInt((TimeExpression t) -> t.end() - t.start())
            .reversed()
            .thenComparingInt(TimeExpression::start));
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : found) {
      if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt(TimeExpression::start));
    return kept.stream().map(t -> inQuarterContext(t, text, anchor)).toList();
  }

  /**
   * In earnings reports (texts that speak of a "quarter") "a year earlier" or "a year ago" compares
   * with that quarter of the year before: the last quarter completed before the article, shifted by
   * the year. "Last year" keeps meaning the year.
   */
  private static TimeExpression inQuarterContext(
      TimeExpression t, String text, @Nullable LocalDate anchor) {
    if (anchor == null
        || !YEAR_RELATIVE.matcher(t.text()).matches()
        || !t.value().matches("\\d{4}")) {
      return t;
    }
    if (!text.toLowerCase(java.util.Locale.ROOT).contains("quarter")) {
      return t;
    }
    int quarter = (anchor.getMonthValue() - 1) / 3;
    int year = Integer.parseInt(t.value());
    if (quarter == 0) {
      quarter = 4;
      year--;
    }
    return new TimeExpression(t.text(), t.start(), t.end(), t.type(), year + "-Q" + quarter);
  }

  private static final java.util.regex.Pattern YEAR_RELATIVE =
      java.util.regex.Pattern.compile("(?i)a year (?:ago|earlier)");
}
