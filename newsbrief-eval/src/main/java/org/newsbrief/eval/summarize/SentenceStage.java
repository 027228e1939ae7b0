package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.CoverageTraining;
import org.newsbrief.summarize.LexicalPriors;
import org.newsbrief.summarize.SentenceScorer;
import org.newsbrief.summarize.SentenceTraining;

/**
 * The sentence stage of {@code newsbrief train summarize}: fits the {@link SentenceScorer} on every
 * {@code sentence_every}-th training story (6) with the coverage model in {@code out} (or the
 * shipped one), labels from each story's greedy ROUGE oracle, for each window size in the comma
 * list {@code window} (words of the articles' openings per summary word, 1.6667); chooses the
 * window and its {@code mix} on the dev file ({@code dev_limit} stories) from a comma list ({@code
 * mix}, default 0,0.25,0.5,1) by R-1 + R-2; writes {@code sentence-model.txt} and its manifest
 * {@code sentence-model.json} to {@code out}; scores the result on dev with Lead, LexRank and
 * TextRank in the same run.
 */
final class SentenceStage {
  private SentenceStage() {}

  static EvalReport run(Path data, Map<String, String> options, Path out, Path devPath)
      throws IOException {
    int words = Integer.parseInt(options.getOrDefault("words", "300"));
    int limit = EvalOptions.limit(options);
    int every = Integer.parseInt(options.getOrDefault("sentence_every", "6"));
    double l2 = Double.parseDouble(options.getOrDefault("l2", "1"));
    List<Double> mixes = new ArrayList<>();
    for (String v : options.getOrDefault("mix", "0,0.25,0.5,1").split(",")) {
      mixes.add(Double.parseDouble(v.strip()));
    }
    long start = System.nanoTime();
    boolean own = Files.exists(out.resolve(CoverageModel.RESOURCE));
    if (!own) {
      Files.createDirectories(out);
      for (String name : List.of(CoverageModel.RESOURCE, LexicalPriors.RESOURCE)) {
        try (InputStream in = CoverageModel.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("missing resource " + name);
          }
          Files.copy(in, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    CoverageModel model = CoverageFolds.load(out);
    List<Double> windows = new ArrayList<>();
    for (String v : options.getOrDefault("window", "1.6667").split(",")) {
      windows.add(Double.parseDouble(v.strip()));
    }
    Analyzer analyzer = new Analyzer();
    List<CoverageTraining.Example> examples = new ArrayList<>();
    long[] seen = {0};
    Cluster.forEach(
        data,
        limit,
        c -> {
          if (seen[0]++ % every != 0) {
            return;
          }
          var e = new CoverageTraining.Example(CoverageFolds.analyze(c, analyzer), c.summary());
          if (!e.articles().isEmpty()) {
            examples.add(e);
          }
        });
    if (examples.isEmpty()) {
      throw new IOException(data + ": no stories");
    }
    Map<String, String> devOptions = SummarizeTraining.devOptions(out, words, options);
    StringBuilder tried = new StringBuilder();
    double bestScore = Double.NEGATIVE_INFINITY;
    SentenceScorer fitted = null;
    SentenceTraining.Rows kept = new SentenceTraining.Rows();
    double seconds = (System.nanoTime() - start) / 1e9;
    for (double window : windows) {
      long fitStart = System.nanoTime();
      SentenceTraining.Rows rows = new SentenceTraining.Rows();
      for (CoverageTraining.Example e : examples) {
        SentenceTraining.add(e, words, window, model, true, rows);
      }
      SentenceScorer scorer = SentenceTraining.fit(rows, l2, 1, window);
      seconds += (System.nanoTime() - fitStart) / 1e9;
      for (double mix : mixes) {
        write(scorer.withMix(mix), out);
        Map<String, Double> dev = new SummarizeTask().run(devPath, devOptions).system();
        double r1 = dev.getOrDefault("rouge1_f", 0.0);
        double r2 = dev.getOrDefault("rouge2_f", 0.0);
        tried.append(
            String.format(
                Locale.ROOT, " window %s mix %s: R-1 %.4f R-2 %.4f;", window, mix, r1, r2));
        if (r1 + r2 > bestScore) {
          bestScore = r1 + r2;
          fitted = scorer.withMix(mix);
          kept = rows;
        }
      }
    }
    if (fitted == null) {
      throw new IOException("no mix tried");
    }
    Path file = write(fitted, out);
    devOptions.remove("peers");
    EvalReport scored = new SummarizeTask().run(devPath, devOptions);
    double r1 = scored.system().getOrDefault("rouge1_f", 0.0);
    double r2 = scored.system().getOrDefault("rouge2_f", 0.0);
    String notes =
        String.format(
            Locale.ROOT,
            "Logistic regression (L2 %s) over %d candidate sentences (%d in the greedy ROUGE-1+2 F"
                + " oracle) of every %d-th training story (%d stories of %d read), coverage model"
                + " %s. Window (words of openings per summary word) and mix chosen on dev by R-1 + R-2:%s"
                + " chosen mix %s, window %s. Dev = %s at %d words, no"
                + " stemming; settings chosen on it.",
            l2,
            kept.size(),
            kept.positives(),
            every,
            examples.size(),
            seen[0],
            own ? "in the same folder" : "shipped (copied beside it)",
            tried,
            fitted.mix(),
            fitted.window(),
            devPath.getFileName(),
            words);
    new ModelManifest(
            "summarize-sentences",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            examples.size(),
            SummarizeTraining.command(data, options),
            0,
            Map.of("rouge1_f", r1, "rouge2_f", r2),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("sentence-model.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(scored.system());
    system.put("train_s", seconds);
    system.put("clusters", (double) examples.size());
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, scored.peers());
  }

  private static Path write(SentenceScorer scorer, Path out) throws IOException {
    Files.createDirectories(out);
    Path file = out.resolve(SentenceScorer.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      scorer.write(w);
    }
    return file;
  }
}
