package org.newsbrief.eval.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.model.TimeExpression;

/**
 * Whether a tagged time expression is likely to carry the right value: logistic regression over
 * sparse named features ({@link TimeFilterFeatures}: the expression's words, its neighbours, the
 * shape of its value), fitted on TimeML news by {@code newsbrief train time}, which reports its
 * cross-validated value F1. An experiment, not shipped: its document-CV gain (about +0.001 value
 * F1) is within noise, so the runtime tagger keeps every expression. An expression whose
 * probability is under {@value #THRESHOLD} is dropped. The threshold is set by the metric, not
 * tuned: with value F1 = 2 right / (shown + gold), dropping an expression that is right with
 * probability p raises it when p is under half the value F1, about 0.4 at the 0.8 the project aims
 * for. A wrong date shown costs a reader more than a date left out. Immutable.
 */
final class TimeFilter {
  /** Expressions right with a lower probability than this are dropped. */
  public static final double THRESHOLD = 0.4;

  private static final TimeFilter NONE = new TimeFilter(Map.of());

  private final Map<String, Double> weights;

  private TimeFilter(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The filter that keeps every expression. */
  public static TimeFilter none() {
    return NONE;
  }

  /** A filter with these weights by feature name (absent features weigh nothing). */
  public static TimeFilter of(Map<String, Double> weights) {
    return new TimeFilter(weights);
  }

  /** Whether this filter has weights (otherwise it keeps every expression). */
  public boolean learned() {
    return !weights.isEmpty();
  }

  /** The named features of {@code t} in {@code text}: one code path for training and runtime. */
  public static Map<String, Double> features(
      String text, TimeExpression t, @Nullable LocalDate anchor) {
    return TimeFilterFeatures.of(text, t, anchor);
  }

  /** The probability that {@code t}'s value is right. 1 without weights. */
  public double right(String text, TimeExpression t, @Nullable LocalDate anchor) {
    if (weights.isEmpty()) {
      return 1;
    }
    double z = 0;
    for (Map.Entry<String, Double> f : features(text, t, anchor).entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The expressions of {@code tagged} this filter keeps, in order. */
  public List<TimeExpression> keep(
      String text, List<TimeExpression> tagged, @Nullable LocalDate anchor) {
    if (weights.isEmpty()) {
      return tagged;
    }
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : tagged) {
      if (right(text, t, anchor) >= THRESHOLD) {
        kept.add(t);
      }
    }
    return List.copyOf(kept);
  }

  /** Writes the weights as "name TAB weight" lines, sorted by name. */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, Double> w : new TreeMap<>(weights).entrySet()) {
      out.write(w.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", w.getValue()) + "\n");
    }
  }

  /** Reads weights written by {@link #write}. */
  public static TimeFilter read(BufferedReader reader) throws IOException {
    return new TimeFilter(NamedWeights.read(reader));
  }
}
