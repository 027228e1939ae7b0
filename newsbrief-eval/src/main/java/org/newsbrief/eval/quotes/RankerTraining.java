package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsbrief.analyze.quote.SpeakerRanker;
import org.newsbrief.learn.NewtonRegression;

/**
 * Fits the {@link SpeakerRanker} for {@code train quotes}: a conditional logit over each
 * quotation's candidates (several may be right: the marginal likelihood of the right ones), or with
 * {@code --set model=logistic} a logistic regression over candidates one by one; the L2 penalty
 * chosen by {@value #FOLDS}-fold cross-validation over articles (index mod {@value #FOLDS}),
 * accuracy = the top candidate overlaps the gold source.
 */
final class RankerTraining {
  static final int FOLDS = 5;
  private static final double[] PENALTIES = {0.1, 1, 10};

  /** A fitted ranker and the L2 penalty cross-validation chose for it. */
  record Fit(SpeakerRanker ranker, double l2) {}

  private RankerTraining() {}

  static Fit ranker(
      List<List<RankingExample>> byArticle,
      Map<String, String> options,
      Map<String, Double> report) {
    boolean conditional = !options.getOrDefault("model", "clogit").equals("logistic");
    java.util.Set<String> drop = dropped(options);
    double bestPenalty = PENALTIES[0];
    double bestAccuracy = -1;
    Map<String, Double> chosen = Map.of();
    for (double l2 : PENALTIES) {
      Map<String, Double> cv = crossValidate(byArticle, l2, conditional, drop);
      double accuracy = cv.getOrDefault("cv_accuracy", 0.0);
      String suffix = "_l2_" + String.valueOf(l2).replace(".", "_");
      cv.forEach((k, v) -> report.put(k + suffix, v));
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        bestPenalty = l2;
        chosen = cv;
      }
    }
    report.putAll(chosen);
    List<RankingExample> all = byArticle.stream().flatMap(List::stream).toList();
    report.put("ranker_conditional", conditional ? 1.0 : 0.0);
    report.put("rules_accuracy", RankingExample.rulesAccuracy(all));
    report.put("oracle_accuracy", RankingExample.oracle(all));
    report.put("count_dropped_features", (double) drop.size());
    return new Fit(new SpeakerRanker(fit(all, bestPenalty, conditional, drop)), bestPenalty);
  }

  /**
   * The features {@code --set drop=a,b} leaves out of a fit (their weights stay 0), so a model with
   * fewer features is cross-validated by the same code; unknown names are refused.
   */
  static java.util.Set<String> dropped(Map<String, String> options) {
    java.util.Set<String> drop = new java.util.TreeSet<>();
    for (String name : options.getOrDefault("drop", "").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      if (!SpeakerRanker.featureNames().contains(name.strip())) {
        throw new IllegalArgumentException("drop: no ranker feature " + name.strip());
      }
      drop.add(name.strip());
    }
    return drop;
  }

  /**
   * Cross-validated figures at one penalty: {@code cv_accuracy} (the top candidate is the label),
   * {@code cv_accuracy_source} (it overlaps the PolNeAR source, whatever the label), and over the
   * layered quotations ({@code count_cv_layered}) the share given to the inner speaker ({@code
   * cv_layered_inner}) and to the PolNeAR source ({@code cv_layered_source}).
   */
  static Map<String, Double> crossValidate(
      List<List<RankingExample>> byArticle,
      double l2,
      boolean conditional,
      java.util.Set<String> drop) {
    int right = 0;
    int rightSource = 0;
    int layered = 0;
    int layeredInner = 0;
    int layeredSource = 0;
    int total = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      List<RankingExample> fit = new ArrayList<>();
      List<RankingExample> held = new ArrayList<>();
      for (int a = 0; a < byArticle.size(); a++) {
        (a % FOLDS == fold ? held : fit).addAll(byArticle.get(a));
      }
      SpeakerRanker r = new SpeakerRanker(fit(fit, l2, conditional, drop));
      for (RankingExample x : held) {
        int best = r.best(x.choice());
        right += x.correct(best) ? 1 : 0;
        rightSource += x.correctSource(best) ? 1 : 0;
        if (x.isLayered()) {
          layered++;
          layeredInner += x.correctInner(best) ? 1 : 0;
          layeredSource += x.correctSource(best) ? 1 : 0;
        }
        total++;
      }
    }
    Map<String, Double> out = new java.util.TreeMap<>();
    out.put("cv_accuracy", ratio(right, total));
    out.put("cv_accuracy_source", ratio(rightSource, total));
    out.put("count_cv_layered", (double) layered);
    out.put("cv_layered_inner", ratio(layeredInner, layered));
    out.put("cv_layered_source", ratio(layeredSource, layered));
    return out;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  static double[] fit(List<RankingExample> examples, double l2, boolean conditional) {
    return fit(examples, l2, conditional, java.util.Set.of());
  }

  /** As above, the features named in {@code drop} left out (zero in every row). */
  static double[] fit(
      List<RankingExample> examples, double l2, boolean conditional, java.util.Set<String> drop) {
    boolean[] off = new boolean[SpeakerRanker.featureNames().size()];
    for (String name : drop) {
      off[SpeakerRanker.featureNames().indexOf(name)] = true;
    }
    if (conditional) {
      List<ConditionalLogit.Group> groups = new ArrayList<>();
      for (RankingExample e : examples) {
        if (e.answerable()) {
          boolean[] right = new boolean[e.choice().candidates().size()];
          for (int i = 0; i < right.length; i++) {
            right[i] = e.correct(i);
          }
          groups.add(new ConditionalLogit.Group(masked(e.choice().features(), off), right));
        }
      }
      return ConditionalLogit.fit(groups, SpeakerRanker.featureNames().size(), l2);
    }
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (RankingExample e : examples) {
      if (!e.answerable()) {
        continue;
      }
      for (int i = 0; i < e.choice().candidates().size(); i++) {
        x.add(masked(List.of(e.choice().features().get(i)), off).get(0));
        y.add(e.correct(i) ? 1.0 : 0.0);
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  private static List<double[]> masked(List<double[]> rows, boolean[] off) {
    boolean any = false;
    for (boolean o : off) {
      any |= o;
    }
    if (!any) {
      return rows;
    }
    List<double[]> out = new ArrayList<>();
    for (double[] row : rows) {
      double[] x = row.clone();
      for (int j = 0; j < x.length; j++) {
        x[j] = off[j] ? 0 : x[j];
      }
      out.add(x);
    }
    return out;
  }
}
