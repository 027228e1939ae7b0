package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.QuotationFilter;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.learn.NewtonRegression;

/**
 * Learns the {@link QuotationFilter} on PolNeAR train: every span between quotation marks is one
 * example, a quotation when it overlaps some annotated attribution's content. Word features seen in
 * fewer than {@value #MIN_COUNT} training spans are dropped. The L2 penalty and the keeping
 * threshold are chosen together by 5-fold cross-validation over articles, maximising the F1 of
 * keeping quotations (precision: kept quotations over kept spans; recall: kept quotations over all
 * quotations).
 */
final class FilterTraining {
  static final int MIN_COUNT = 5;
  private static final double[] PENALTIES = {0.1, 1, 10};
  private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6};
  static final int FOLDS = 5;

  /** One span: its features and whether it is a quotation. */
  record Example(List<String> features, boolean quotation) {}

  /** What training found: the model and its cross-validation figures. */
  record Result(QuotationFilter filter, Map<String, Double> report, int examples, double l2) {}

  private FilterTraining() {}

  /** The examples of one article. */
  static List<Example> examples(String text, List<Attribution> gold, QuoteFinder finder) {
    List<Example> out = new ArrayList<>();
    for (Map.Entry<QuoteSpan, List<String>> e : finder.quoted(text)) {
      QuoteSpan q = e.getKey();
      boolean quotation =
          gold.stream().anyMatch(r -> Attribution.overlaps(r.content(), q.start(), q.end()));
      out.add(new Example(e.getValue(), quotation));
    }
    return out;
  }

  static Result train(List<List<Example>> byArticle) {
    Map<String, Double> report = new TreeMap<>();
    double bestF1 = -1;
    double bestL2 = PENALTIES[0];
    double bestThreshold = 0.5;
    for (double l2 : PENALTIES) {
      List<double[]> scored = new ArrayList<>(); // {probability, label}
      for (int fold = 0; fold < FOLDS; fold++) {
        List<Example> fit = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        for (int a = 0; a < byArticle.size(); a++) {
          (a % FOLDS == fold ? held : fit).addAll(byArticle.get(a));
        }
        QuotationFilter f = fit(fit, l2, 0.5);
        for (Example x : held) {
          scored.add(new double[] {f.probability(x.features()), x.quotation() ? 1 : 0});
        }
      }
      for (double t : THRESHOLDS) {
        double f1 = f1(scored, t);
        if (f1 > bestF1) {
          bestF1 = f1;
          bestL2 = l2;
          bestThreshold = t;
        }
      }
      report.put("filter_cv_f1_l2_" + String.valueOf(l2).replace(".", "_"), bestF1At(scored));
      if (l2 == PENALTIES[0]) {
        report.put("filter_cv_f1_keep_all", f1(scored, 0));
      }
    }
    List<Example> all = byArticle.stream().flatMap(List::stream).toList();
    report.put("filter_cv_f1", bestF1);
    report.put("filter_threshold", bestThreshold);
    return new Result(fit(all, bestL2, bestThreshold), report, all.size(), bestL2);
  }

  private static double bestF1At(List<double[]> scored) {
    double best = 0;
    for (double t : THRESHOLDS) {
      best = Math.max(best, f1(scored, t));
    }
    return best;
  }

  /** F1 of keeping quotations when spans of probability >= t are kept. */
  static double f1(List<double[]> scored, double t) {
    int kept = 0;
    int keptRight = 0;
    int right = 0;
    for (double[] s : scored) {
      boolean keep = s[0] >= t;
      kept += keep ? 1 : 0;
      keptRight += keep && s[1] > 0 ? 1 : 0;
      right += s[1] > 0 ? 1 : 0;
    }
    double p = kept == 0 ? 0 : keptRight / (double) kept;
    double r = right == 0 ? 0 : keptRight / (double) right;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static QuotationFilter fit(List<Example> examples, double l2, double threshold) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example x : examples) {
      for (String f : x.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    index.put("bias", 0);
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_COUNT && !e.getKey().equals("bias"))
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(k -> index.put(k, index.size()));
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Example e : examples) {
      double[] row = new double[index.size()];
      row[0] = 1;
      for (String f : e.features()) {
        Integer i = index.get(f);
        if (i != null) {
          row[i] = 1;
        }
      }
      x.add(row);
      y.add(e.quotation() ? 1.0 : 0.0);
    }
    double[] w = NewtonRegression.logistic(x, y, l2);
    Map<String, Double> weights = new TreeMap<>();
    index.forEach((name, i) -> weights.put(name, w[i]));
    return new QuotationFilter(weights, threshold);
  }
}
