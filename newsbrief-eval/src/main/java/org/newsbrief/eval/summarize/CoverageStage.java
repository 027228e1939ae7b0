package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.CoverageTraining;
import org.newsbrief.summarize.LexicalPriors;

/**
 * The coverage stage of {@code newsbrief train summarize} (the default, {@code --set stage=all} or
 * {@code coverage}): the lexical priors counted over the training stories' windows and the coverage
 * model's Poisson regressions, with the smoothing chosen on the dev file (see {@link
 * SummarizeTraining} for the options); then, unless the stage is {@code coverage}, the {@link
 * SentenceStage} on the new model.
 */
final class CoverageStage {
  private CoverageStage() {}

  static EvalReport run(Path data, Map<String, String> options, Path out, Path devPath)
      throws IOException {
    int words = Integer.parseInt(options.getOrDefault("words", "300"));
    int limit = EvalOptions.limit(options);
    int fitEvery = Integer.parseInt(options.getOrDefault("fit_every", "11"));
    List<Double> strengths = new ArrayList<>();
    for (String v : options.getOrDefault("strength", "10").split(",")) {
      strengths.add(Double.parseDouble(v.strip()));
    }
    int min = Integer.parseInt(options.getOrDefault("min", "5"));
    long start = System.nanoTime();
    Analyzer analyzer = new Analyzer();
    Map<String, int[]> counts = new HashMap<>(1 << 20);
    List<CoverageTraining.Example> fit = new ArrayList<>();
    long[] stories = {0};
    Cluster.forEach(
        data,
        limit,
        c -> {
          var e = new CoverageTraining.Example(CoverageFolds.analyze(c, analyzer), c.summary());
          if (e.articles().isEmpty()) {
            return;
          }
          CoverageTraining.count(e, words, counts);
          if (stories[0]++ % fitEvery == 0) {
            fit.add(e);
          }
        });
    if (fit.isEmpty()) {
      throw new IOException(data + ": no clusters");
    }
    LexicalPriors counted = CoverageTraining.priors(counts, stories[0], 1, min);
    counts.clear();
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> devOptions = SummarizeTraining.devOptions(out, words, options);
    StringBuilder tried = new StringBuilder();
    double bestScore = Double.NEGATIVE_INFINITY;
    double best = strengths.get(0);
    for (double strength : strengths) {
      long fitStart = System.nanoTime();
      write(CoverageTraining.train(fit, words, counted.withStrength(strength), true, 0), out);
      trainSeconds += (System.nanoTime() - fitStart) / 1e9;
      Map<String, Double> dev = new SummarizeTask().run(devPath, devOptions).system();
      double devR1 = dev.getOrDefault("rouge1_f", 0.0);
      double devR2 = dev.getOrDefault("rouge2_f", 0.0);
      double score = devR1 + devR2;
      tried.append(String.format(Locale.ROOT, " %s: R-1 %.4f R-2 %.4f;", strength, devR1, devR2));
      if (score > bestScore) {
        bestScore = score;
        best = strength;
      }
    }
    long fitStart = System.nanoTime();
    write(CoverageTraining.train(fit, words, counted.withStrength(best), true, 0), out);
    trainSeconds += (System.nanoTime() - fitStart) / 1e9;
    double seconds = trainSeconds;
    devOptions.remove("peers");
    EvalReport scored = new SummarizeTask().run(devPath, devOptions);
    Path weights = out.resolve(CoverageModel.RESOURCE);
    Path table = out.resolve(LexicalPriors.RESOURCE);
    long bytes = Files.size(weights) + Files.size(table);
    double r1 = scored.system().getOrDefault("rouge1_f", 0.0);
    double r2 = scored.system().getOrDefault("rouge2_f", 0.0);
    String notes =
        String.format(
            Locale.ROOT,
            "Lexical priors counted on every training story's window (%d stories, n-grams in fewer"
                + " than %d left out); Poisson regressions fitted on every %d-th story (%d)."
                + " Smoothing (pseudo-stories) chosen on dev by R-1 + R-2:%s chosen %s."
                + " Dev = %s at %d words, no stemming; settings chosen on it.",
            stories[0],
            min,
            fitEvery,
            fit.size(),
            tried,
            best,
            devPath.getFileName(),
            words);
    new ModelManifest(
            "summarize",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            stories[0],
            SummarizeTraining.command(data, options),
            0,
            Map.of("rouge1_f", r1, "rouge2_f", r2),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("coverage-model.json"), weights, table);
    if (!options.getOrDefault("stage", "all").equals("coverage")) {
      return SentenceStage.run(data, options, out, devPath);
    }
    Map<String, Double> system = new LinkedHashMap<>(scored.system());
    system.put("train_s", seconds);
    system.put("clusters", (double) stories[0]);
    system.put("model_mb", bytes / 1e6);
    return new EvalReport("summarize", data.toString(), system, scored.peers());
  }

  private static void write(CoverageModel model, Path out) throws IOException {
    Files.createDirectories(out);
    try (Writer w =
        Files.newBufferedWriter(out.resolve(CoverageModel.RESOURCE), StandardCharsets.UTF_8)) {
      model.write(w);
    }
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(
                Files.newOutputStream(out.resolve(LexicalPriors.RESOURCE)), 1 << 16),
            StandardCharsets.UTF_8)) {
      model.priors().write(w);
    }
  }
}
