package org.newsbrief.eval.time;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.analyze.time.TenseChoice;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.TimeExpression;

/**
 * The labelled examples of {@link TimeTrainTask} and their document folds: each dated TimeML
 * document's partial dates whose gold value is one of their two readings, the weights fitted
 * outside a fold, and the cross-validated direction accuracy of a penalty.
 */
final class TenseFolds {
  static final int FOLDS = 5;

  private TenseFolds() {}

  /** One document's labelled choices, and how many of them the cue-word rule reads right. */
  record Labelled(TimeMlDocument doc, List<double[]> rows, List<Double> labels, int ruleRight) {}

  /** The choices whose gold value is one of their two readings, labelled 1 for the future one. */
  static Labelled label(
      TimeMlDocument doc, List<TenseChoice> choices, List<TimeExpression> byRule) {
    List<double[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    int ruleRight = 0;
    for (TenseChoice c : choices) {
      for (TimeExpression g : doc.gold()) {
        if (g.start() < c.end() && c.start() < g.end()) {
          String value = g.value().replaceFirst("T(MO|AF|EV|NI|DT)$", "");
          if (value.equals(c.future()) || value.equals(c.past())) {
            rows.add(c.features());
            labels.add(value.equals(c.future()) ? 1.0 : 0.0);
            ruleRight +=
                byRule.stream()
                        .anyMatch(
                            t ->
                                t.start() == c.start()
                                    && t.end() == c.end()
                                    && t.value()
                                        .replaceFirst("T(MO|AF|EV|NI|DT)$", "")
                                        .equals(value))
                    ? 1
                    : 0;
          }
          break;
        }
      }
    }
    return new Labelled(doc, rows, labels, ruleRight);
  }

  /** Weights fitted on every document outside {@code fold} (all of them when it is negative). */
  static double[] fit(List<Labelled> docs, int fold, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (d % FOLDS != fold) {
        x.addAll(docs.get(d).rows());
        y.addAll(docs.get(d).labels());
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  static double crossValidate(List<Labelled> docs, double l2) {
    int right = 0;
    int total = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      double[] w = fit(docs, fold, l2);
      for (int d = fold; d < docs.size(); d += FOLDS) {
        Labelled doc = docs.get(d);
        for (int i = 0; i < doc.rows().size(); i++) {
          double p = NewtonRegression.logistic(NewtonRegression.dot(w, doc.rows().get(i)));
          right += (p >= 0.5 ? 1.0 : 0.0) == doc.labels().get(i) ? 1 : 0;
          total++;
        }
      }
    }
    return total == 0 ? 0 : (double) right / total;
  }
}
