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
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.CoverageTraining;
import org.newsbrief.summarize.LexicalPriors;

/**
 * {@code newsbrief train summarize --data multinews_train.jsonl.gz}: streams the training clusters
 * once, counting for every word and word pair of each story's window how often its reference uses
 * it (the {@link LexicalPriors}), keeps every {@code fit_every}-th story to fit the coverage
 * model's Poisson regressions on (each story's own counts left out of its prior features), writes
 * the model, the priors and a {@link ModelManifest} to {@code out}, and scores the result on the
 * dev file with Lead, LexRank and TextRank in the same run. Options: {@code words} (300), {@code
 * limit}, {@code fit_every} (11), {@code strength} (pseudo-stories of smoothing, 10; a comma list
 * is tried in turn and the best on dev by R-1 + R-2 kept), {@code min} (stories an n-gram needs to
 * be kept, 5), {@code out}, {@code dev} (default dev300 beside the data), {@code dev_limit}, {@code
 * stage} (all: then the {@link SentenceStage} on the new model; coverage: without it; sentences:
 * only the sentence stage, on the coverage model in {@code out} or the shipped one; furniture: only
 * the page-furniture table, {@link FurnitureStage}; vectors: only the word vectors for support by
 * meaning, {@link VectorStage}; form: only the sentence-form model, {@link FormStage}).
 */
public final class SummarizeTraining implements EvalTask {
  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/summarize";

  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public String description() {
    return "coverage model and lexical priors from Multi-News train; dev ROUGE vs Lead/LexRank/TextRank";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int words = Integer.parseInt(options.getOrDefault("words", "300"));
    int limit = EvalOptions.limit(options);
    int fitEvery = Integer.parseInt(options.getOrDefault("fit_every", "11"));
    List<Double> strengths = new ArrayList<>();
    for (String v : options.getOrDefault("strength", "10").split(",")) {
      strengths.add(Double.parseDouble(v.strip()));
    }
    int min = Integer.parseInt(options.getOrDefault("min", "5"));
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Path devPath =
        Path.of(
            options.getOrDefault(
                "dev", data.resolveSibling("multinews_val_dev300.jsonl").toString()));
    if (options.getOrDefault("stage", "all").equals("furniture")) {
      return FurnitureStage.run(data, options, out, devPath);
    }
    if (options.getOrDefault("stage", "all").equals("form")) {
      return FormStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("vectors")) {
      return VectorStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("sentences")) {
      return SentenceStage.run(data, options, out, devPath);
    }
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
            command(data, options),
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
    return new EvalReport(name(), data.toString(), system, scored.peers());
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

  static String command(Path data, Map<String, String> options) {
    StringBuilder line = new StringBuilder("newsbrief train summarize --data " + data);
    new TreeMap<>(options)
        .forEach(
            (k, v) -> {
              if (!k.equals("out")) {
                line.append(" --set ").append(k).append('=').append(v);
              }
            });
    return line.toString();
  }

  /**
   * The options of the dev run that scores a candidate model written to {@code out}: {@code words}
   * per summary, no peers, and the training run's {@code dev_limit} as the dev limit.
   */
  static Map<String, String> devOptions(Path out, int words, Map<String, String> options) {
    Map<String, String> dev = new TreeMap<>();
    dev.put("model", out.toString());
    dev.put("words", String.valueOf(words));
    dev.put("peers", "false");
    if (options.containsKey("dev_limit")) {
      dev.put("limit", options.get("dev_limit"));
    }
    return dev;
  }
}
