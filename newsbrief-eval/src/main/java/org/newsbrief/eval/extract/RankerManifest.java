package org.newsbrief.eval.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.eval.train.ModelManifest;

/**
 * The manifest written beside a page-candidate ranker (dates by {@link DatesTrainTask}, bylines by
 * {@link BylinesTrainTask}), from the training run's report.
 */
final class RankerManifest {
  private RankerManifest() {}

  /**
   * The manifest of ranker {@code task} over {@code features} candidate features, trained on the
   * pages {@code labels} describes by {@code command}, chosen with {@code setting}; {@code metric}
   * names its accuracy ("date", "byline") and {@code variant} is added after the feature count.
   */
  static ModelManifest of(
      String task,
      String labels,
      String command,
      String metric,
      int features,
      String variant,
      String setting,
      Map<String, Double> report,
      long began) {
    return new ModelManifest(
        task,
        labels,
        "dev (the held-out half is not read)",
        report.getOrDefault("count_pages", 0.0).intValue(),
        command,
        0,
        Map.of("cv_" + metric + "_accuracy", report.getOrDefault("cv_accuracy", 0.0)),
        LocalDate.now(ZoneOffset.UTC).toString(),
        (System.nanoTime() - began) / 1e9,
        String.format(
            Locale.ROOT,
            "logistic regression over %d candidate features%s; %s chosen by %d-fold site-grouped"
                + " CV: %s accuracy %.4f (rules alone on the same pages %.4f, ceiling %.4f);"
                + " in-sample %.4f",
            features,
            variant,
            setting,
            SiteFolds.FOLDS,
            metric,
            report.get("cv_accuracy"),
            report.get("rules_accuracy"),
            report.get("ceiling_accuracy"),
            report.get("insample_accuracy")));
  }
}
