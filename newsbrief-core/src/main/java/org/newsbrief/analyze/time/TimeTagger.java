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

  private final TenseModel tenses;

  /** A tagger that reads tense with the shipped {@link TenseModel}. */
  public TimeTagger() {
    this(TenseModel.shipped());
  }

  /** A tagger that reads tense with {@code tenses}. */
  public TimeTagger(TenseModel tenses) {
    this.tenses = tenses;
  }

  /** Time expressions of {@code text}, in order, resolved against {@code anchor} when known. */
  public List<TimeExpression> tag(String text, @Nullable LocalDate anchor) {
    return tagWith(RULES, text, anchor, tenses, null);
  }

  /**
   * The partial dates of {@code text} whose value depends on tense, with both readings against
   * {@code anchor}: what {@code newsbrief train time} learns from.
   */
  public List<TenseChoice> tenseChoices(String text, LocalDate anchor) {
    List<TenseChoice> choices = new ArrayList<>();
    List<TimeExpression> kept = tagWith(RULES, text, anchor, tenses, choices);
    return choices.stream()
        .filter(c -> kept.stream().anyMatch(t -> t.start() == c.start() && t.end() == c.end()))
        .toList();
  }

  static List<TimeExpression> tagWith(
      List<TimeRule> rules, String text, @Nullable LocalDate anchor) {
    return tagWith(rules, text, anchor, TenseModel.shipped(), null);
  }

  private static List<TimeExpression> tagWith(
      List<TimeRule> rules,
      String text,
      @Nullable LocalDate anchor,
      TenseModel tenses,
      @Nullable List<TenseChoice> choices) {
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
        TimeRule.Value value =
            rule.tensed() && anchor != null && (tenses.learned() || choices != null)
                ? tensed(rule, m, text, anchor, tenses, choices)
                : rule.normaliser()
                    .normalise(
                        m, anchor, rule.tensed() ? Tense.before(text, m.start()) : Tense.UNMARKED);
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

  /** The value of a tensed match: the reading the model prefers when past and future differ. */
  private static TimeRule.@Nullable Value tensed(
      TimeRule rule,
      Matcher m,
      String text,
      LocalDate anchor,
      TenseModel tenses,
      @Nullable List<TenseChoice> choices) {
    TimeRule.Value past = rule.normaliser().normalise(m, anchor, Tense.PAST);
    TimeRule.Value future = rule.normaliser().normalise(m, anchor, Tense.FUTURE);
    if (past == null || future == null || past.value().equals(future.value())) {
      return past != null ? past : future;
    }
    if (past.value().endsWith("-WE")) {
      // "the weekend": too rare in the training data to learn; the cue-word rule decides.
      return rule.normaliser().normalise(m, anchor, Tense.before(text, m.start()));
    }
    TenseChoice choice =
        new TenseChoice(
            m.start(),
            m.end(),
            past.value(),
            future.value(),
            TenseFeatures.of(text, m.start(), m.end(), anchor, past.value(), future.value()));
    if (choices != null) {
      choices.add(choice);
    }
    if (!tenses.learned()) {
      return rule.normaliser().normalise(m, anchor, Tense.before(text, m.start()));
    }
    return tenses.future(choice) >= 0.5 ? future : past;
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
