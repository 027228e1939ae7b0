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
    List<TimeExpression> found = new ArrayList<>();
    for (TimeRule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        TimeRule.Value value = rule.normaliser().normalise(m, anchor);
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
    return kept;
  }
}
