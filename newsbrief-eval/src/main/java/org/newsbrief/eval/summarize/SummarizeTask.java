package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.rouge.Rouge;
import org.newsbrief.eval.rouge.RougeScores;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.summarize.CentroidSummarizer;
import org.newsbrief.summarize.Summarizer;

/**
 * ROUGE-1/2/SU4/L F of newsbrief's summarizer and the Lead, LexRank and TextRank baselines, all at
 * the same word limit. Options: {@code words} (default 300), {@code limit} (clusters, default all),
 * {@code stem} (Porter stemming, default false).
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
    int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
    boolean stem = Boolean.parseBoolean(options.getOrDefault("stem", "false"));
    List<Cluster> clusters = Cluster.read(data, limit);
    if (clusters.isEmpty()) {
      throw new IOException(data + ": no clusters");
    }
    Rouge rouge = new Rouge(words, stem);
    Summarizer summarizer = new CentroidSummarizer();
    Analyzer analyzer = new Analyzer();
    Map<String, BiFunction<Cluster, Integer, List<String>>> systems = new LinkedHashMap<>();
    systems.put("newsbrief", (c, w) -> newsbrief(c, w, analyzer, summarizer));
    systems.put("lead", (c, w) -> Baselines.lead(Baselines.sentencesOf(c.articles()), w));
    systems.put("lexrank", (c, w) -> Baselines.lexRank(Baselines.sentencesOf(c.articles()), w));
    systems.put("textrank", (c, w) -> Baselines.textRank(Baselines.sentencesOf(c.articles()), w));
    Map<String, Map<String, Double>> results = new LinkedHashMap<>();
    for (Map.Entry<String, BiFunction<Cluster, Integer, List<String>>> system :
        systems.entrySet()) {
      results.put(system.getKey(), score(clusters, words, rouge, system.getValue()));
    }
    Map<String, Double> own = java.util.Objects.requireNonNull(results.remove("newsbrief"));
    return new EvalReport(name(), data.toString(), own, results);
  }

  private static Map<String, Double> score(
      List<Cluster> clusters,
      int words,
      Rouge rouge,
      BiFunction<Cluster, Integer, List<String>> system) {
    double r1 = 0;
    double r2 = 0;
    double su4 = 0;
    double rl = 0;
    double length = 0;
    long tokens = 0;
    long start = System.nanoTime();
    List<RougeScores> all = new ArrayList<>();
    for (Cluster c : clusters) {
      List<String> summary = system.apply(c, words);
      for (String a : c.articles()) {
        tokens += Baselines.count(a);
      }
      length += summary.stream().mapToInt(Baselines::count).sum();
      all.add(rouge.score(summary, List.of(List.of(c.summary()))));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (RougeScores s : all) {
      r1 += s.rouge1().f();
      r2 += s.rouge2().f();
      su4 += s.rougeSu4().f();
      rl += s.rougeL().f();
    }
    int n = clusters.size();
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("rouge1_f", r1 / n);
    metrics.put("rouge2_f", r2 / n);
    metrics.put("rougesu4_f", su4 / n);
    metrics.put("rougel_f", rl / n);
    metrics.put("words", length / n);
    metrics.put("tokens_per_s", tokens / Math.max(seconds, 1e-9));
    return metrics;
  }

  private static List<String> newsbrief(
      Cluster c, int words, Analyzer analyzer, Summarizer summarizer) {
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
    return summarizer.summarize(analyzed, words).stream().map(SummarySentence::text).toList();
  }
}
