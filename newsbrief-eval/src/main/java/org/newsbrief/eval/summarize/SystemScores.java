package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.newsbrief.eval.rouge.Rouge;
import org.newsbrief.eval.rouge.RougeScores;

/**
 * One summarizing system's scores over a file of clusters, as {@code eval summarize} reports them.
 */
final class SystemScores {
  private SystemScores() {}

  /**
   * Summarizes every cluster with {@code system} at {@code words} words and scores the summaries:
   * mean ROUGE-1/2/SU4/L F, words, tokens per second, the share of sentences with each {@link
   * SummaryDefects} kind; writes the sentences of the clusters (not) set aside for blind reading to
   * {@code dump} when given; adds each story's {@link PairedScores#row} to {@code rows} when given.
   */
  static Map<String, Double> of(
      List<Cluster> clusters,
      int words,
      Rouge rouge,
      BiFunction<Cluster, Integer, List<String>> system,
      @Nullable String dump,
      boolean blind,
      @Nullable List<String> rows)
      throws IOException {
    double r1 = 0;
    double r2 = 0;
    double su4 = 0;
    double rl = 0;
    double length = 0;
    long tokens = 0;
    long start = System.nanoTime();
    List<RougeScores> all = new ArrayList<>();
    Map<String, Integer> defects = new LinkedHashMap<>();
    List<String> dumped = new ArrayList<>();
    for (Cluster c : clusters) {
      List<String> summary = system.apply(c, words);
      List<Set<String>> found = new ArrayList<>();
      Map<String, Integer> mine =
          SummaryDefects.of(summary, Baselines.sentencesOf(c.articles()), found);
      mine.forEach((k, v) -> defects.merge(k, v, Integer::sum));
      if (dump != null && BlindItems.blind(c.id()) == blind) {
        for (int i = 0; i < summary.size(); i++) {
          dumped.add(
              c.id()
                  + "\t"
                  + String.join(",", new TreeSet<>(found.get(i)))
                  + "\t"
                  + summary.get(i));
        }
      }
      for (String a : c.articles()) {
        tokens += Baselines.count(a);
      }
      length += summary.stream().mapToInt(Baselines::count).sum();
      RougeScores scored = rouge.score(summary, List.of(List.of(c.summary())));
      all.add(scored);
      if (rows != null) {
        rows.add(
            PairedScores.row(
                c.id(),
                scored.rouge1().f(),
                scored.rouge2().f(),
                mine.getOrDefault("sentences", 0),
                mine.getOrDefault("any", 0)));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (dump != null) {
      Files.write(Path.of(dump), dumped, StandardCharsets.UTF_8);
    }
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
    int sentences = Math.max(defects.getOrDefault("sentences", 0), 1);
    defects.forEach(
        (k, v) -> {
          if (!k.equals("sentences")) {
            metrics.put("defect_" + k, v / (double) sentences);
          }
        });
    metrics.put("count_sentences", defects.getOrDefault("sentences", 0) / (double) n);
    return metrics;
  }
}
