package org.newsbrief.eval.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

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

  private SiteFolds() {}

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
