package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.FormTraining;
import org.newsbrief.summarize.SentenceForm;

/**
 * The cut of the sentence-form stage ({@link FormStage}): for each share of human summary sentences
 * the cut may refuse, summarizes held-out training stories with the fitted model cut there, and
 * keeps the share with the fewest defective summary sentences whose R-1 + R-2 stays within {@code
 * tolerance} of no cut.
 */
final class FormCut {
  /**
   * What the stage fitted: the model, its scores of good ({@code positives}, sorted) and bad
   * sentences, its rows, held-out AUC by fold ({@code cv}) and mean, fitting seconds, stories read
   * and how the rows were labelled.
   */
  record Fit(
      SentenceForm fitted,
      double[] positives,
      double[] negatives,
      FormTraining.Rows rows,
      String cv,
      double auc,
      double seconds,
      int read,
      String labelled) {}

  private FormCut() {}

  /**
   * Tries each share of {@code drop} on the held-out stories in {@code heldFile}, writes the chosen
   * model and its manifest to {@code out}, and reports its held-out scores.
   */
  static EvalReport choose(Path data, Map<String, String> options, Path out, Path heldFile, Fit fit)
      throws IOException {
    Path file = out.resolve(SentenceForm.RESOURCE);
    SentenceForm fitted = fit.fitted();
    double[] positives = fit.positives();
    double[] negatives = fit.negatives();
    FormTraining.Rows rows = fit.rows();
    Map<String, String> heldOptions = new TreeMap<>();
    heldOptions.put("words", options.getOrDefault("words", "300"));
    heldOptions.put("peers", "false");
    heldOptions.put("form", "none");
    CutBaseline baseline =
        CutBaseline.of(heldFile, heldOptions, options.getOrDefault("tolerance", "0.001"));
    Map<String, Double> none = baseline.none();
    StringBuilder tried = baseline.tried();
    SentenceForm best = fitted.withCut(Double.NEGATIVE_INFINITY);
    double bestDefects = baseline.defects();
    String chosen = "0";
    Map<String, Double> bestScores = none;
    for (String d : options.getOrDefault("drop", "0.01,0.02,0.05").split(",")) {
      double share = Double.parseDouble(d.strip());
      double cut = positives[(int) Math.min(positives.length - 1, share * positives.length)];
      SentenceForm model = fitted.withCut(cut);
      write(model, file);
      heldOptions.put("form", file.toString());
      Map<String, Double> held = new SummarizeTask().run(heldFile, heldOptions).system();
      long sourcesCut = Arrays.stream(negatives).filter(s -> s < cut).count();
      tried.append(
          String.format(
              Locale.ROOT,
              " drop %s (cut %.3f, source candidates cut %.4f) %.4f/%.4f defects %.4f;",
              d.strip(),
              cut,
              sourcesCut / (double) negatives.length,
              v(held, "rouge1_f"),
              v(held, "rouge2_f"),
              v(held, "defect_any")));
      if (baseline.keepsRouge(held) && v(held, "defect_any") < bestDefects) {
        best = model;
        bestDefects = v(held, "defect_any");
        chosen = d.strip();
        bestScores = held;
      }
    }
    write(best, file);
    String notes =
        String.format(
            Locale.ROOT,
            "Logistic regression (L2 %s) over %d sentences (%d of human summaries, the rest source"
                + " candidates) of every %s-th of %d training stories, labelled %s; held-out AUC"
                + " by fold:%s"
                + " (mean %.4f). Cut chosen on %s other training stories (R-1/R-2, automatic"
                + " defect share at 300 words):%s chosen drop %s (fewest defects, R-1 + R-2 not"
                + " below no cut less %s). Priors: the shipped coverage-priors table. Reading and fitting"
                + " took %.0f s.",
            options.getOrDefault("l2", "1"),
            rows.size(),
            rows.positives(),
            options.getOrDefault("form_every", "10"),
            fit.read(),
            fit.labelled(),
            fit.cv(),
            fit.auc(),
            options.getOrDefault("heldout", "300"),
            tried,
            chosen,
            options.getOrDefault("tolerance", "0.001"),
            fit.seconds());
    new ModelManifest(
            "summarize-form",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            rows.size(),
            SummarizeTraining.command(data, options),
            0,
            Map.of(
                "heldout_auc", fit.auc(),
                "heldout_rouge1_f", v(bestScores, "rouge1_f"),
                "heldout_rouge2_f", v(bestScores, "rouge2_f"),
                "heldout_defect_any", v(bestScores, "defect_any")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            fit.seconds(),
            notes)
        .write(out.resolve("form-model.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(bestScores);
    system.put("heldout_auc", fit.auc());
    system.put("train_s", fit.seconds());
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, Map.of());
  }

  private static double v(Map<String, Double> metrics, String key) {
    return CutBaseline.v(metrics, key);
  }

  private static void write(SentenceForm model, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
  }
}
