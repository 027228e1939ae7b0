package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.FormTraining;
import org.newsbrief.summarize.SentenceForm;

/**
 * The sentence-form stage of {@code newsbrief train summarize} ({@code --set stage=form}): fits the
 * {@link SentenceForm} on every {@code form_every}-th training story (10; {@code labels}
 * boilerplate: source candidates whose words recur the same in at least {@code min_stories} (3) of
 * those stories 0, all other sentences 1; summary: summary sentences 1, source candidates 0),
 * reports its held-out AUC over {@code folds} (5) folds of those stories, then for each share in
 * the comma list {@code drop} (0,0.01,0.02,0.05: the share of human summary sentences the cut would
 * refuse) summarizes {@code heldout} (300) further training stories that no fit saw, and keeps the
 * share with the fewest defective summary sentences among those whose R-1 + R-2 is at least that
 * without a cut less {@code tolerance} (0.001). Writes {@code form-model.txt} and its manifest
 * {@code form-model.json} to {@code out}.
 */
final class FormStage {
  private FormStage() {}

  static SentenceForm load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SentenceForm.read(r);
    }
  }

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long start = System.nanoTime();
    int words = Integer.parseInt(options.getOrDefault("words", "300"));
    int every = Integer.parseInt(options.getOrDefault("form_every", "10"));
    int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
    int heldout = Integer.parseInt(options.getOrDefault("heldout", "300"));
    double l2 = Double.parseDouble(options.getOrDefault("l2", "1"));
    Analyzer analyzer = new Analyzer();
    FormTraining.Rows rows = new FormTraining.Rows();
    List<Cluster> held = new ArrayList<>();
    int[] seen = {0, 0};
    Cluster.forEach(
        data,
        EvalOptions.limit(options),
        c -> {
          int i = seen[0]++;
          if (i % every == every / 2 && held.size() < heldout) {
            held.add(c);
          }
          if (i % every != 0) {
            return;
          }
          var sources = CoverageFolds.analyze(c, analyzer);
          var summary =
              CoverageFolds.analyze(new Cluster(c.id(), List.of(c.summary()), ""), analyzer);
          if (!sources.isEmpty() && !summary.isEmpty()) {
            FormTraining.add(
                seen[1]++, sources, summary.get(0), words, CoverageModel.shipped().priors(), rows);
          }
        });
    String labels = options.getOrDefault("labels", "boilerplate");
    int minStories = Integer.parseInt(options.getOrDefault("min_stories", "3"));
    int boilerplate = labels.equals("summary") ? -1 : rows.boilerplate(minStories);
    if (rows.positives() == 0 || rows.size() == rows.positives() || held.isEmpty()) {
      throw new IOException(data + ": too few stories");
    }
    StringBuilder cv = new StringBuilder();
    double aucSum = 0;
    for (int k = 0; k < folds; k++) {
      SentenceForm m = FormTraining.fit(rows.fold(folds, k, false), l2, 0);
      FormTraining.Rows test = rows.fold(folds, k, true);
      double auc = RankAuc.of(test.scores(m, true), test.scores(m, false));
      aucSum += auc;
      cv.append(String.format(Locale.ROOT, " %.4f", auc));
    }
    SentenceForm fitted = FormTraining.fit(rows, l2, 0);
    double[] positives = rows.scores(fitted, true);
    double[] negatives = rows.scores(fitted, false);
    Arrays.sort(positives);
    double seconds = (System.nanoTime() - start) / 1e9;
    Path heldFile = Files.createTempFile("newsbrief-form-heldout", ".jsonl");
    Path file = out.resolve(SentenceForm.RESOURCE);
    Files.createDirectories(out);
    try {
      Cluster.write(held, heldFile);
      String labelled =
          boilerplate < 0
              ? "1 = sentences of human summaries, 0 = source candidates"
              : String.format(
                  Locale.ROOT,
                  "0 = the %d source candidates whose words recur the same in the sources of >= %d"
                      + " of these stories, 1 = every other source candidate and every summary"
                      + " sentence",
                  boilerplate,
                  minStories);
      return choose(
          data,
          options,
          out,
          file,
          heldFile,
          fitted,
          positives,
          negatives,
          rows,
          cv,
          aucSum / folds,
          seconds,
          seen[0],
          labelled);
    } finally {
      Files.deleteIfExists(heldFile);
    }
  }

  private static EvalReport choose(
      Path data,
      Map<String, String> options,
      Path out,
      Path file,
      Path heldFile,
      SentenceForm fitted,
      double[] positives,
      double[] negatives,
      FormTraining.Rows rows,
      StringBuilder cv,
      double auc,
      double seconds,
      int read,
      String labelled)
      throws IOException {
    Map<String, String> heldOptions = new TreeMap<>();
    heldOptions.put("words", options.getOrDefault("words", "300"));
    heldOptions.put("peers", "false");
    heldOptions.put("form", "none");
    Map<String, Double> none = new SummarizeTask().run(heldFile, heldOptions).system();
    double floor =
        v(none, "rouge1_f")
            + v(none, "rouge2_f")
            - Double.parseDouble(options.getOrDefault("tolerance", "0.001"));
    StringBuilder tried =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                " none %.4f/%.4f defects %.4f;",
                v(none, "rouge1_f"),
                v(none, "rouge2_f"),
                v(none, "defect_any")));
    SentenceForm best = fitted.withCut(Double.NEGATIVE_INFINITY);
    double bestDefects = v(none, "defect_any");
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
      if (v(held, "rouge1_f") + v(held, "rouge2_f") >= floor
          && v(held, "defect_any") < bestDefects) {
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
            read,
            labelled,
            cv,
            auc,
            options.getOrDefault("heldout", "300"),
            tried,
            chosen,
            options.getOrDefault("tolerance", "0.001"),
            seconds);
    new ModelManifest(
            "summarize-form",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            rows.size(),
            SummarizeTraining.command(data, options),
            0,
            Map.of(
                "heldout_auc", auc,
                "heldout_rouge1_f", v(bestScores, "rouge1_f"),
                "heldout_rouge2_f", v(bestScores, "rouge2_f"),
                "heldout_defect_any", v(bestScores, "defect_any")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("form-model.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(bestScores);
    system.put("heldout_auc", auc);
    system.put("train_s", seconds);
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, Map.of());
  }

  private static double v(Map<String, Double> metrics, String key) {
    return metrics.getOrDefault(key, 0.0);
  }

  private static void write(SentenceForm model, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
  }
}
