package org.newsbrief.eval.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.summarize.GluedExamples;

/**
 * The fitted glued-furniture gate ({@link GateStage}): weights on all rows, the L2 chosen by
 * cross-validated log-loss, the cut set on the held-out predictions, and the cross-validation
 * figures ({@code gate_*}: rows, harm rate, sure furniture, CV log-loss and AUC, cut).
 */
record GateFit(double[] weights, double cut, double l2, Map<String, Double> scores) {
  static GateFit choose(List<GluedExamples.Row> rows, List<Integer> fold, int folds, String l2s) {
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestL2 = 1;
    double[] best = new double[rows.size()];
    for (String s : l2s.split(",")) {
      double l2 = Double.parseDouble(s.strip());
      double[] p = heldOut(rows, fold, folds, l2);
      double loss = 0;
      for (int i = 0; i < p.length; i++) {
        double q = Math.min(Math.max(p[i], 1e-9), 1 - 1e-9);
        loss -= rows.get(i).harm() ? Math.log(q) : Math.log(1 - q);
      }
      loss /= p.length;
      if (loss < bestLoss) {
        bestLoss = loss;
        bestL2 = l2;
        best = p;
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("gate_rows", (double) rows.size());
    scores.put("gate_harm_rate", share(rows, r -> r.harm()));
    scores.put("gate_sure_rows", (double) rows.stream().filter(GluedExamples.Row::sure).count());
    double sureHarm = rate(rows, r -> r.sure() && r.harm(), GluedExamples.Row::sure);
    scores.put("gate_sure_harm", sureHarm);
    scores.put("gate_cv_logloss", bestLoss);
    scores.put("gate_cv_auc", auc(rows, best));
    double[] p = best;
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    int harm = 0;
    int taken = 0;
    double cut = -1;
    for (int k = 0; k < order.length; k++) {
      harm += rows.get(order[k]).harm() ? 1 : 0;
      if (harm <= sureHarm * (k + 1) && (k + 1 == order.length || p[order[k + 1]] > p[order[k]])) {
        taken = k + 1;
        cut = p[order[k]];
      }
    }
    double chosen = cut;
    scores.put("gate_cut", cut);
    scores.put("gate_cut_share", taken / (double) rows.size());
    int cutHarm = 0;
    for (int k = 0; k < taken; k++) {
      cutHarm += rows.get(order[k]).harm() ? 1 : 0;
    }
    scores.put("gate_cut_harm", taken == 0 ? 0 : cutHarm / (double) taken);
    long sure = rows.stream().filter(GluedExamples.Row::sure).count();
    long sureCut = 0;
    for (int i = 0; i < p.length; i++) {
      sureCut += rows.get(i).sure() && p[i] <= chosen ? 1 : 0;
    }
    scores.put("gate_sure_cut_share", sure == 0 ? 0 : sureCut / (double) sure);
    scores.put("gate_l2", bestL2);
    return new GateFit(fit(rows, i -> true, bestL2), cut, bestL2, scores);
  }

  /** Each row's chance of reuse from the model fitted on the other folds. */
  private static double[] heldOut(
      List<GluedExamples.Row> rows, List<Integer> fold, int folds, double l2) {
    double[] p = new double[rows.size()];
    for (int f = 0; f < folds; f++) {
      int held = f;
      double[] w = fit(rows, i -> fold.get(i) != held, l2);
      for (int i = 0; i < p.length; i++) {
        if (fold.get(i) == held) {
          p[i] = NewtonRegression.logistic(NewtonRegression.dot(w, rows.get(i).x()));
        }
      }
    }
    return p;
  }

  private static double[] fit(
      List<GluedExamples.Row> rows, java.util.function.IntPredicate use, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (use.test(i)) {
        x.add(rows.get(i).x());
        y.add(rows.get(i).harm() ? 1.0 : 0.0);
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  private static double auc(List<GluedExamples.Row> rows, double[] p) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      (rows.get(i).harm() ? pos : neg).add(p[i]);
    }
    return RankAuc.of(
        pos.stream().mapToDouble(Double::doubleValue).toArray(),
        neg.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double share(
      List<GluedExamples.Row> rows, java.util.function.Predicate<GluedExamples.Row> test) {
    return rows.stream().filter(test).count() / (double) Math.max(rows.size(), 1);
  }

  private static double rate(
      List<GluedExamples.Row> rows,
      java.util.function.Predicate<GluedExamples.Row> num,
      java.util.function.Predicate<GluedExamples.Row> den) {
    long d = rows.stream().filter(den).count();
    return d == 0 ? 0 : rows.stream().filter(num).count() / (double) d;
  }
}
