package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.cluster.BgeSmallEmbedder;
import org.newsbrief.cluster.Embedder;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.Story;

/**
 * Streams gold-labelled documents in several seeded random orders through newsbrief's clusterer and
 * scores each partition (B-cubed and pairwise) against the gold stories, with Carrot2 as peers on
 * the same documents. Data: an ECB+ stories folder (docs.jsonl + gold.tsv) or a Multi-News JSONL
 * file (each line's articles form one story), told apart by the path. Options: {@code threshold},
 * {@code embedding} (weight, default 0: off), {@code orders} (default 5), {@code limit} (documents
 * for ECB+, clusters for Multi-News), {@code peers} (true/false, default true), {@code bench}
 * (articles: replay a synthetic stream instead, see {@link StreamBench}), {@code learned}, {@code
 * train}, {@code model}, {@code cutoff}, {@code joins} (the learned model, see {@link
 * LearnedModels}), {@code folds} (topic-wise cross-validation of it, see {@link TopicFolds}),
 * {@code nested} (nested cross-validation of the whole method, see {@link NestedFolds}), {@code
 * alone} (each story clustered alone and each topic's pair, see {@link AloneStories}), {@code
 * sweep} (the regrouping's sensitivity, see {@link RegroupSweep}).
 */
public final class ClusterTask implements EvalTask {
  @Override
  public String name() {
    return "cluster";
  }

  @Override
  public String description() {
    return "story clustering on ECB+ stories or a Multi-News mixed stream: B-cubed and pairwise"
        + " P/R/F1, Carrot2 peers";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int limit = EvalOptions.limit(options);
    boolean multiNews = LabelledDoc.isMultiNews(data);
    if (options.containsKey("bench")) {
      return StreamBench.run(data, options);
    }
    List<LabelledDoc> docs =
        multiNews ? LabelledDoc.multiNews(data, limit) : LabelledDoc.ecbPlus(data, limit);
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    StoryOptions storyOptions = storyOptions(options, true);
    if (options.containsKey("alone")) {
      Map<String, Double> alone =
          AloneStories.run(docs, storyOptions(options, false), "all".equals(options.get("alone")));
      return new EvalReport(name(), data.toString(), alone, Map.of());
    }
    int orders = Integer.parseInt(options.getOrDefault("orders", "5"));
    if (options.containsKey("nested")) {
      return new EvalReport(
          name(), data.toString(), NestedFolds.run(docs, storyOptions, options, orders), Map.of());
    }
    if (options.containsKey("sweep")) {
      return new EvalReport(
          name(), data.toString(), RegroupSweep.run(docs, storyOptions, options, orders), Map.of());
    }
    if (options.containsKey("folds")) {
      return new EvalReport(
          name(), data.toString(), TopicFolds.run(docs, storyOptions, options, orders), Map.of());
    }
    PairModel model = LearnedModels.model(docs, storyOptions, options);
    Map<String, Double> system =
        streamed(docs, gold, storyOptions, model, orders, options.containsKey("raw"));
    Map<String, Map<String, Double>> peers =
        Boolean.parseBoolean(options.getOrDefault("peers", "true"))
            ? CarrotPeers.run(docs, gold)
            : Map.of();
    return new EvalReport(name(), data.toString(), system, peers);
  }

  /**
   * Options from {@code --set}; for random orders (not publication order) the default window closes
   * no story by date, since that would split stories at random.
   */
  static StoryOptions storyOptions(Map<String, String> options, boolean randomOrder) {
    double weight = Double.parseDouble(options.getOrDefault("embedding", "0"));
    StoryOptions o = StoryOptions.defaults().withEmbedding(weight);
    if (randomOrder) {
      o = o.withWindow(o.activeStories(), 36_500);
    }
    o = o.withLearned(Boolean.parseBoolean(options.getOrDefault("learned", "true")));
    o = o.withRegroup(regroup(options.getOrDefault("regroup", "true")));
    if (options.containsKey("refine")) {
      o = o.withRefinement(Integer.parseInt(options.get("refine")));
    }
    if (options.containsKey("threshold")) {
      o = o.withThreshold(Double.parseDouble(options.get("threshold")));
    }
    if (options.containsKey("window_days") || options.containsKey("window_stories")) {
      o =
          o.withWindow(
              Integer.parseInt(
                  options.getOrDefault("window_stories", String.valueOf(o.activeStories()))),
              Integer.parseInt(
                  options.getOrDefault("window_days", String.valueOf(o.windowDays()))));
    }
    if (options.containsKey("half_life") || options.containsKey("grace")) {
      o =
          o.withTimeDecay(
              Integer.parseInt(options.getOrDefault("grace", String.valueOf(o.graceDays()))),
              Double.parseDouble(
                  options.getOrDefault("half_life", String.valueOf(o.halfLifeDays()))));
    }
    return o;
  }

  /**
   * {@code --set regroup=}: true (on: the linkage the model stores, else the hand-set one), false
   * (off), {@code hand} (the hand-set linkage at its default threshold) or a threshold of the
   * hand-set linkage; see {@link LearnedModels#handLinkage}.
   */
  static double regroup(String value) {
    return switch (value) {
      case "true", "hand" -> StoryOptions.DEFAULT_REGROUP;
      case "false" -> 0;
      default -> {
        try {
          yield Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "regroup must be true, false, hand or a threshold in [0, 1): " + value, e);
        }
      }
    };
  }

  private static Map<String, Double> streamed(
      List<LabelledDoc> docs,
      Map<String, String> gold,
      StoryOptions options,
      @Nullable PairModel model,
      int orders,
      boolean raw) {
    NewsCleaner cleaner = new NewsCleaner();
    List<PreparedDoc> prepared =
        docs.stream()
            .map(
                d ->
                    raw
                        ? new PreparedDoc(d.id(), d.id(), null, d.text())
                        : PreparedDoc.of(d, cleaner))
            .toList();
    Map<String, float[]> embeddings = new HashMap<>();
    long embedNanos = 0;
    if (options.embeddingWeight() > 0) {
      Embedder bge = new BgeSmallEmbedder(BgeSmallEmbedder.DEFAULT_WORDS);
      bge.embed("warm up");
      long start = System.nanoTime();
      prepared.forEach(d -> embeddings.put(d.text(), bge.embed(d.text())));
      embedNanos = System.nanoTime() - start;
    }
    Embedder cached = text -> embeddings.getOrDefault(text, new float[0]);
    Map<String, Double> mean = new TreeMap<>();
    long nanos = 0;
    for (int seed = 0; seed < orders; seed++) {
      List<PreparedDoc> order = new ArrayList<>(prepared);
      Collections.shuffle(order, new Random(seed));
      StoryClusterer clusterer = new StoryClusterer(options, cached, model);
      Map<String, String> predicted = new HashMap<>();
      long start = System.nanoTime();
      for (PreparedDoc d : order) {
        predicted.put(d.id(), clusterer.add(d.id(), d.title(), d.published(), d.text()));
      }
      List<Story> stories = clusterer.finish();
      nanos += System.nanoTime() - start;
      Map<String, Double> m = Partitions.score(numbered(members(stories)), gold);
      m.put("clusters", (double) stories.size());
      Map<String, Integer> online = numbered(predicted);
      Partitions.score(online, gold).forEach((k, v) -> m.put("online_" + k, v));
      m.put("clusters_online", (double) new java.util.HashSet<>(online.values()).size());
      m.forEach((k, v) -> mean.merge(k, v / orders, Double::sum));
    }
    double perArticle = nanos / (double) orders / docs.size() + embedNanos / (double) docs.size();
    mean.put("articles_per_s", 1e9 / Math.max(perArticle, 1));
    mean.put("documents", (double) docs.size());
    return mean;
  }

  /** Each article's story at the end (after refinement), by story id. */
  static Map<String, String> members(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> out.put(a, s.id())));
    return out;
  }

  static Map<String, Integer> numbered(Map<String, String> predicted) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> out = new HashMap<>();
    predicted.forEach((doc, story) -> out.put(doc, ids.computeIfAbsent(story, k -> ids.size())));
    return out;
  }
}
