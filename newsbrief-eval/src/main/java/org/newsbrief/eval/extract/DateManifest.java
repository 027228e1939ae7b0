package org.newsbrief.eval.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.clean.DateModel;
import org.newsbrief.eval.train.ModelManifest;

/** The manifest written beside the date model by {@link DatesTrainTask}. */
final class DateManifest {
  private DateManifest() {}

  /** The manifest of a model chosen with {@code setting}, from the training run's report. */
  static ModelManifest of(Map<String, Double> report, String setting, String shown, long began) {
    return new ModelManifest(
        "dates",
        "web-eval dev half (htmldate eval pages with a date label)",
        "dev (the held-out half is not read)",
        report.getOrDefault("count_pages", 0.0).intValue(),
        "newsbrief train dates --data ../shared/data/extraction/web-eval --set shown="
            + shown
            + " --set write=true",
        0,
        Map.of("cv_date_accuracy", report.getOrDefault("cv_accuracy", 0.0)),
        LocalDate.now(ZoneOffset.UTC).toString(),
        (System.nanoTime() - began) / 1e9,
        String.format(
            Locale.ROOT,
            "logistic regression over %d candidate features, shown=%s; %s chosen by %d-fold"
                + " site-grouped CV: date accuracy %.4f (rules alone on the same pages %.4f,"
                + " ceiling %.4f); in-sample %.4f",
            DateModel.featureNames().size(),
            shown,
            setting,
            SiteFolds.FOLDS,
            report.get("cv_accuracy"),
            report.get("rules_accuracy"),
            report.get("ceiling_accuracy"),
            report.get("insample_accuracy")));
  }
}
