package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a summarizer filter's cut is chosen against: the summaries of held-out stories with no
 * filter ({@code none}), the R-1 + R-2 floor a cut may not fall below ({@code tolerance} under no
 * filter), and the line of tried settings that a training manifest reports, opened with no filter's
 * scores.
 *
 * @param none the scores of the summaries with no filter
 * @param floor the least R-1 + R-2 a chosen cut may score
 * @param tried the settings tried so far, as the manifest's notes give them
 */
record CutBaseline(Map<String, Double> none, double floor, StringBuilder tried) {
  /** Summarizes {@code stories} with {@code options} (which must switch the filter off). */
  static CutBaseline of(Path stories, Map<String, String> options, String tolerance)
      throws IOException {
    Map<String, Double> none = new SummarizeTask().run(stories, options).system();
    double floor = v(none, "rouge1_f") + v(none, "rouge2_f") - Double.parseDouble(tolerance);
    StringBuilder tried =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                " none %.4f/%.4f defects %.4f;",
                v(none, "rouge1_f"),
                v(none, "rouge2_f"),
                v(none, "defect_any")));
    return new CutBaseline(none, floor, tried);
  }

  /** The defect share of the summaries with no filter. */
  double defects() {
    return v(none, "defect_any");
  }

  /** Whether {@code scores} keep R-1 + R-2 at the floor or above. */
  boolean keepsRouge(Map<String, Double> scores) {
    return v(scores, "rouge1_f") + v(scores, "rouge2_f") >= floor;
  }

  /** A metric of {@code scores}, 0 when absent. */
  static double v(Map<String, Double> scores, String key) {
    return scores.getOrDefault(key, 0.0);
  }
}
