package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.summarize.CoverageModel;
import org.newsbrief.summarize.CoverageTraining;
import org.newsbrief.summarize.LexicalPriors;
import org.newsbrief.summarize.SentenceScorer;

/**
 * Trains the summarizer's coverage model on clusters with reference summaries, on all of them or
 * cross-validated: cluster i (in file order) is in fold i mod k and is summarized by a model
 * trained on the other folds only. The lexical priors are the shipped ones (counted on the training
 * split); only the regression is fitted here. Also loads a model written by training.
 */
final class CoverageFolds {
  private CoverageFolds() {}

  /** A model for {@code words}-word summaries trained on all of {@code clusters}. */
  static CoverageModel train(List<Cluster> clusters, int words, Analyzer analyzer) {
    List<CoverageTraining.Example> examples = new ArrayList<>();
    for (Cluster c : clusters) {
      examples.add(new CoverageTraining.Example(analyze(c, analyzer), c.summary()));
    }
    return CoverageTraining.train(
        examples, words, LexicalPriors.shipped(), false, CoverageTraining.LEXICON);
  }

  /** The model written to {@code dir} by {@code newsbrief train summarize}. */
  static CoverageModel load(Path dir) throws IOException {
    LexicalPriors priors;
    try (Reader in =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(dir.resolve(LexicalPriors.RESOURCE))),
            StandardCharsets.UTF_8)) {
      priors = LexicalPriors.read(in);
    }
    try (Reader in =
        Files.newBufferedReader(dir.resolve(CoverageModel.RESOURCE), StandardCharsets.UTF_8)) {
      return CoverageModel.read(in, priors);
    }
  }

  /** The sentence scorer written to {@code dir}, or none when it holds no such file. */
  static SentenceScorer scorer(Path dir) throws IOException {
    Path file = dir.resolve(SentenceScorer.RESOURCE);
    if (!Files.exists(file)) {
      return SentenceScorer.none();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SentenceScorer.read(in);
    }
  }

  /** For each cluster id, a model trained on the clusters of the other {@code folds - 1} folds. */
  static Map<String, CoverageModel> crossValidated(
      List<Cluster> clusters, int folds, int words, Analyzer analyzer) {
    if (folds < 2 || folds > clusters.size()) {
      throw new IllegalArgumentException(
          "folds must be between 2 and the number of clusters (" + clusters.size() + ")");
    }
    Map<String, CoverageModel> byCluster = new HashMap<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Cluster> train = new ArrayList<>();
      List<Cluster> test = new ArrayList<>();
      for (int i = 0; i < clusters.size(); i++) {
        (i % folds == fold ? test : train).add(clusters.get(i));
      }
      CoverageModel model = train(train, words, analyzer);
      test.forEach(c -> byCluster.put(c.id(), model));
    }
    return byCluster;
  }

  /** The cluster's articles, one paragraph per line, analyzed; blank articles left out. */
  static List<AnalyzedArticle> analyze(Cluster c, Analyzer analyzer) {
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (int i = 0; i < c.articles().size(); i++) {
      List<String> paragraphs = new ArrayList<>();
      for (String p : c.articles().get(i).split("\\n\\s*\\n|\\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
        }
      }
      if (paragraphs.isEmpty()) {
        continue;
      }
      String id = c.id() + "-" + i;
      analyzed.add(analyzer.analyze(new Article(id, id, id, null, null, paragraphs)));
    }
    return analyzed;
  }
}
