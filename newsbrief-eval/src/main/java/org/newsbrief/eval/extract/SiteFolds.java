package org.newsbrief.eval.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the web-page training tasks (blocks, bylines, dates) share: pages in folds by site, so that
 * a site's pages are never split between fitting and scoring; the folder their models go to; the
 * reader of the gold files; and the small steps of their grid searches.
 */
final class SiteFolds {
  /** How many folds the cross-validation uses. */
  static final int FOLDS = 5;

  /** Where a trained model is written unless {@code --set out=DIR} says otherwise. */
  static final String DEFAULT_OUT = "newsbrief-core/src/main/resources/org/newsbrief/clean";

  /** Reads the gold files, which may hold NaN. */
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /**
   * One setting of a grid search: the L2 penalty and the bias shift, as the options wrote them.
   *
   * @param l2Text the penalty as written
   * @param shiftText the shift as written
   */
  record Setting(String l2Text, String shiftText) {
    double l2() {
      return Double.parseDouble(l2Text);
    }

    double shift() {
      return Double.parseDouble(shiftText);
    }
  }

  /** How a setting scores by cross-validation, given each fold's fitted weights shifted. */
  interface FoldScore {
    double score(Setting setting, double[][] shiftedByFold);
  }

  private SiteFolds() {}

  /**
   * The setting of the comma lists {@code l2} (default 0.1,1,10) and {@code shift} (default {@code
   * shifts}) that scores best, the first of equals: each fold is fitted once per penalty ({@code
   * fit} of the fold and penalty), then scored at every shift.
   */
  static Setting choose(
      Map<String, String> options,
      String shifts,
      BiFunction<Integer, Double, double[]> fit,
      FoldScore score) {
    double best = -1;
    Setting chosen = new Setting("1", "0");
    for (String l2Text : options.getOrDefault("l2", "0.1,1,10").split(",")) {
      double l2 = Double.parseDouble(l2Text);
      double[][] byFold = new double[FOLDS][];
      for (int fold = 0; fold < FOLDS; fold++) {
        byFold[fold] = fit.apply(fold, l2);
      }
      for (String shiftText : options.getOrDefault("shift", shifts).split(",")) {
        Setting setting = new Setting(l2Text, shiftText);
        double[][] shifted = new double[FOLDS][];
        for (int fold = 0; fold < FOLDS; fold++) {
          shifted[fold] = shifted(byFold[fold], setting.shift());
        }
        double cv = score.score(setting, shifted);
        if (cv > best + 1e-9) {
          best = cv;
          chosen = setting;
        }
      }
    }
    return chosen;
  }

  /** The fold of the page at {@code url}: that of its site. */
  static int of(String url) {
    return Math.floorMod(BlockPages.site(url).hashCode(), FOLDS);
  }

  /** {@code weights} with {@code shift} added to the bias (the first weight). */
  static double[] shifted(double[] weights, double shift) {
    double[] w = weights.clone();
    w[0] += shift;
    return w;
  }

  /** Puts each metric of {@code m} into {@code report} as {@code prefix_name}. */
  static void put(Map<String, Double> report, String prefix, Map<String, Double> m) {
    m.forEach((k, v) -> report.put(prefix + "_" + k, v));
  }
}
