package org.newsbrief.eval.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.TimeExpression;

/**
 * Fits the {@link TimeFilter} of {@code newsbrief train time}: each expression the tagger finds in
 * a TimeML document (tense read by a model that never saw the document) is labelled 1 when its
 * value equals the value of the gold TIMEX3 it is aligned with, else 0 (a wrong value, or no gold
 * expression there). A feature enters the model when enough training rows have it; that count and
 * L2 are chosen by document-level cross-validation on value F1.
 */
final class TimeFilterTraining {
  static final double[] PENALTIES = {1, 3, 10};

  /** How many training rows must hold a feature for it to enter the model (chosen by CV). */
  static final int[] MIN_COUNTS = {3, 10, 30};

  /** One document: its text, date, gold expressions and the tagger's unfiltered expressions. */
  record Doc(
      String text,
      @Nullable LocalDate anchor,
      List<TimeExpression> gold,
      List<TimeExpression> found) {}

  /** The filter's cross-validated value F1 by penalty, the penalty chosen, and the final filter. */
  record Result(
      Map<String, Double> cvValueF1, double penalty, int minCount, TimeFilter filter, int rows) {}

  private TimeFilterTraining() {}

  static Result train(List<Doc> docs, int folds) {
    List<List<Map<String, Double>>> features = new ArrayList<>();
    List<List<Double>> labels = new ArrayList<>();
    int rows = 0;
    for (Doc d : docs) {
      List<Map<String, Double>> f = new ArrayList<>();
      for (TimeExpression t : d.found()) {
        f.add(TimeFilter.features(d.text(), t, d.anchor()));
      }
      features.add(f);
      labels.add(labels(d.found(), d.gold()));
      rows += f.size();
    }
    Map<String, Double> cv = new LinkedHashMap<>();
    double best = PENALTIES[0];
    int bestCount = MIN_COUNTS[0];
    double bestF1 = -1;
    for (int minCount : MIN_COUNTS) {
      for (double l2 : PENALTIES) {
        TimexScore score = new TimexScore();
        for (int fold = 0; fold < folds; fold++) {
          TimeFilter filter = fit(features, labels, folds, fold, l2, minCount);
          for (int i = fold; i < docs.size(); i += folds) {
            Doc d = docs.get(i);
            score.add(filter.keep(d.text(), d.found(), d.anchor()), d.gold());
          }
        }
        double f1 = score.metrics().getOrDefault("value_f1", 0.0);
        cv.put("min" + minCount + "_l2_" + (int) l2, f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = l2;
          bestCount = minCount;
        }
      }
    }
    return new Result(cv, best, bestCount, fit(features, labels, folds, -1, best, bestCount), rows);
  }

  /** 1 for each found expression aligned (as {@link TimexScore} aligns) with a same-value gold. */
  static List<Double> labels(List<TimeExpression> found, List<TimeExpression> gold) {
    List<@Nullable TimeExpression> matches = TimexScore.aligned(found, gold);
    List<Double> labels = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TimeExpression match = matches.get(i);
      labels.add(match != null && match.value().equals(found.get(i).value()) ? 1.0 : 0.0);
    }
    return labels;
  }

  /** A filter fitted on every document outside {@code fold} (all when it is negative). */
  private static TimeFilter fit(
      List<List<Map<String, Double>>> features,
      List<List<Double>> labels,
      int folds,
      int fold,
      double l2,
      int minCount) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int d = 0; d < features.size(); d++) {
      if (d % folds != fold) {
        features.get(d).forEach(f -> f.keySet().forEach(k -> counts.merge(k, 1, Integer::sum)));
      }
    }
    List<String> names = new ArrayList<>();
    names.add("bias");
    counts.forEach(
        (k, n) -> {
          if (n >= minCount && !k.equals("bias")) {
            names.add(k);
          }
        });
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int d = 0; d < features.size(); d++) {
      if (d % folds == fold) {
        continue;
      }
      for (int r = 0; r < features.get(d).size(); r++) {
        double[] row = new double[names.size()];
        for (Map.Entry<String, Double> f : features.get(d).get(r).entrySet()) {
          Integer i = index.get(f.getKey());
          if (i != null) {
            row[i] = f.getValue();
          }
        }
        x.add(row);
        y.add(labels.get(d).get(r));
      }
    }
    double[] w = NewtonRegression.logistic(x, y, l2);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      weights.put(names.get(i), w[i]);
    }
    return TimeFilter.of(weights);
  }
}
