package org.newsbrief.eval.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.clean.BylineModel;
import org.newsbrief.eval.train.ModelManifest;

/** The manifest written beside the byline model by {@link BylinesTrainTask}. */
final class BylineManifest {
  private BylineManifest() {}

  /** The manifest of a model chosen with {@code setting}, from the training run's report. */
  static ModelManifest of(Map<String, Double> report, String setting, long began) {
    return new ModelManifest(
        "bylines",
        "web-eval dev half (trafilatura eval pages with an author label)",
        "dev (the held-out half is not read)",
        report.getOrDefault("count_pages", 0.0).intValue(),
        "newsbrief train bylines --data ../shared/data/extraction/web-eval",
        0,
        Map.of("cv_byline_accuracy", report.getOrDefault("cv_accuracy", 0.0)),
        LocalDate.now(ZoneOffset.UTC).toString(),
        (System.nanoTime() - began) / 1e9,
        String.format(
            Locale.ROOT,
            "logistic regression over %d candidate features; %s chosen by %d-fold site-grouped"
                + " CV: byline accuracy %.4f (rules alone on the same pages %.4f, ceiling %.4f);"
                + " in-sample %.4f",
            BylineModel.featureNames().size(),
            setting,
            SiteFolds.FOLDS,
            report.get("cv_accuracy"),
            report.get("rules_accuracy"),
            report.get("ceiling_accuracy"),
            report.get("insample_accuracy")));
  }
}
