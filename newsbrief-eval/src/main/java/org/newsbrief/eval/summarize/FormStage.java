package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
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

  /** The sentence-form model in {@code file}; an unreadable one fails naming the file. */
  static SentenceForm load(Path file) throws IOException {
    return ModelFiles.read(file, "not a sentence-form model: ", SentenceForm::read);
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
      return FormCut.choose(
          data,
          options,
          out,
          heldFile,
          new FormCut.Fit(
              fitted,
              positives,
              negatives,
              rows,
              cv.toString(),
              aucSum / folds,
              seconds,
              seen[0],
              labelled));
    } finally {
      Files.deleteIfExists(heldFile);
    }
  }
}
