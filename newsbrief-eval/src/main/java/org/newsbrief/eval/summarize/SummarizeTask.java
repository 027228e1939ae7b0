package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.rouge.Rouge;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.summarize.CentroidSummarizer;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.CoverageSummarizer;
import org.newsbrief.summarize.Furniture;
import org.newsbrief.summarize.SentenceForm;
import org.newsbrief.summarize.SentenceScorer;
import org.newsbrief.summarize.Summarizer;

/**
 * ROUGE-1/2/SU4/L F of newsbrief's summarizer and the Lead, LexRank and TextRank baselines, all at
 * the same word limit, with the previous summarizer ({@code centroid}) as a peer. Options: {@code
 * words} (default 300), {@code limit} (clusters, default all), {@code stem} (Porter stemming,
 * default false), {@code folds} (cross-validate: each cluster summarized by a coverage model
 * trained on the other folds of this file), {@code train} (fit the coverage model on all clusters
 * and write it to this path, then score it in-sample), {@code model} (a folder written by {@code
 * newsbrief train summarize} instead of the shipped model; its sentence scorer if it has one),
 * {@code furniture} and {@code glued} (a page-furniture table file, or none, instead of the shipped
 * one), {@code form} (a sentence-form model file, or none) and {@code form_cut} (its cut instead),
 * {@code mix} (the sentence scorer's mix instead of its own), {@code peers} (false: newsbrief
 * only), {@code dump} (write newsbrief's sentences of the stories not set aside for blind reading,
 * with their defects, to this file; with {@code blind=true} those of the set-aside stories instead,
 * for the final blind read only), {@code scores} (write newsbrief's per-story scores to this file)
 * and {@code paired} (compare them, story by story, with such a file of another run: {@link
 * PairedScores}), {@code support} (hand labels of which articles state a sentence: precision and
 * recall of the summarizer's support sets, {@link SupportLabels}), {@code weights}, {@code grid}
 * and {@code leave_out} (selection weights tried, each grid setting paired with newsbrief's run in
 * the same run: {@link WeightGrid}). Besides ROUGE, each system's share of summary sentences with
 * each {@link SummaryDefects} kind ({@code defect_*}).
 */
public final class SummarizeTask implements EvalTask {
  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public String description() {
    return "ROUGE on multi-document JSONL vs Lead, LexRank and TextRank";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int words = Integer.parseInt(options.getOrDefault("words", "300"));
    int limit = EvalOptions.limit(options);
    boolean stem = Boolean.parseBoolean(options.getOrDefault("stem", "false"));
    List<Cluster> clusters = Cluster.read(data, limit);
    if (clusters.isEmpty()) {
      throw new IOException(data + ": no clusters");
    }
    Rouge rouge = new Rouge(words, stem);
    Analyzer analyzer = new Analyzer();
    Function<Cluster, Summarizer> own = ownSummarizer(clusters, words, options, analyzer);
    Summarizer previous = new CentroidSummarizer();
    Map<String, List<AnalyzedArticle>> analyzed = new HashMap<>();
    Function<Cluster, List<AnalyzedArticle>> analyze =
        c -> analyzed.computeIfAbsent(c.id(), k -> CoverageFolds.analyze(c, analyzer));
    Map<String, BiFunction<Cluster, Integer, List<String>>> systems = new LinkedHashMap<>();
    systems.put("newsbrief", (c, w) -> newsbrief(analyze.apply(c), w, own.apply(c)));
    List<String> grid = WeightGrid.settings(options);
    for (int g = 0; g < grid.size(); g++) {
      Function<Cluster, Summarizer> tried = WeightGrid.summarizer(grid.get(g), words, options);
      systems.put("grid" + g, (c, w) -> newsbrief(analyze.apply(c), w, tried.apply(c)));
    }
    if (Boolean.parseBoolean(options.getOrDefault("peers", "true"))) {
      systems.put("centroid", (c, w) -> newsbrief(analyze.apply(c), w, previous));
      systems.put("lead", (c, w) -> Baselines.lead(Baselines.sentencesOf(c.articles()), w));
      systems.put("lexrank", (c, w) -> Baselines.lexRank(Baselines.sentencesOf(c.articles()), w));
      systems.put("textrank", (c, w) -> Baselines.textRank(Baselines.sentencesOf(c.articles()), w));
    }
    Map<String, Map<String, Double>> results = new LinkedHashMap<>();
    List<String> perStory = new ArrayList<>();
    for (Map.Entry<String, BiFunction<Cluster, Integer, List<String>>> system :
        systems.entrySet()) {
      String dump = system.getKey().equals("newsbrief") ? options.get("dump") : null;
      boolean blind = Boolean.parseBoolean(options.getOrDefault("blind", "false"));
      boolean gridded = system.getKey().startsWith("grid");
      List<String> rows =
          system.getKey().equals("newsbrief") ? perStory : gridded ? new ArrayList<>() : null;
      Map<String, Double> scores =
          SystemScores.of(clusters, words, rouge, system.getValue(), dump, blind, rows);
      if (gridded && rows != null) {
        scores = WeightGrid.paired(scores, rows, perStory, system.getKey());
      }
      results.put(system.getKey(), scores);
    }
    Map<String, Double> system = Objects.requireNonNull(results.remove("newsbrief"));
    if (options.containsKey("scores")) {
      PairedScores.write(perStory, Path.of(options.get("scores")));
    }
    if (options.containsKey("paired")) {
      system = new LinkedHashMap<>(system);
      system.putAll(PairedScores.compare(perStory, Path.of(options.get("paired"))));
    }
    String support = options.get("support");
    if (support != null) {
      system = new LinkedHashMap<>(system);
      system.putAll(SupportLabels.score(clusters, support, analyzer, options));
    }
    return new EvalReport(name(), data.toString(), system, results);
  }

  /** The shipped model, or one cross-validated or trained here as the options ask. */
  private static Function<Cluster, Summarizer> ownSummarizer(
      List<Cluster> clusters, int words, Map<String, String> options, Analyzer analyzer)
      throws IOException {
    String train = options.get("train");
    if (train != null) {
      CoverageModel model = CoverageFolds.train(clusters, words, analyzer);
      try (Writer out = Files.newBufferedWriter(Path.of(train), StandardCharsets.UTF_8)) {
        model.write(out);
      }
      Summarizer trained = new CoverageSummarizer(model);
      return c -> trained;
    }
    int folds = Integer.parseInt(options.getOrDefault("folds", "0"));
    if (folds > 0) {
      Map<String, CoverageModel> byCluster =
          CoverageFolds.crossValidated(clusters, folds, words, analyzer);
      return c -> new CoverageSummarizer(Objects.requireNonNull(byCluster.get(c.id())));
    }
    String dir = options.get("model");
    SentenceScorer scorer =
        dir == null ? SentenceScorer.shipped() : CoverageFolds.scorer(Path.of(dir));
    if (options.containsKey("mix")) {
      scorer = scorer.withMix(Double.parseDouble(options.get("mix")));
    }
    Furniture furniture = FurnitureStage.table(options);
    CoverageSummarizer coverage =
        new CoverageSummarizer(
            dir == null ? CoverageModel.shipped() : CoverageFolds.load(Path.of(dir)),
            scorer,
            furniture);
    String form = options.get("form");
    if (form != null) {
      coverage =
          coverage.withForm(
              form.equals("none") ? SentenceForm.none() : FormStage.load(Path.of(form)));
    }
    if (options.containsKey("form_cut")) {
      SentenceForm base = form == null ? SentenceForm.shipped() : FormStage.load(Path.of(form));
      coverage = coverage.withForm(base.withCut(Double.parseDouble(options.get("form_cut"))));
    }
    CoverageSummarizer shipped =
        options.containsKey("repeat_cos")
            ? coverage.withRepeats(
                Double.parseDouble(options.get("repeat_cos")),
                Integer.parseInt(options.getOrDefault("repeat_floor", "1")))
            : coverage;
    return WeightGrid.tuned(shipped, words, options);
  }

  private static List<String> newsbrief(
      List<AnalyzedArticle> analyzed, int words, Summarizer summarizer) {
    return summarizer.summarize(analyzed, words).stream().map(SummarySentence::text).toList();
  }
}
