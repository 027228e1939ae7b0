package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.model.Story;

/**
 * Topic-wise cross-validation of the learned join model on ECB+ ({@code folds=K}): the topics
 * (story ids up to {@code _}) are dealt into K folds in id order; for each fold a model is fitted
 * on the other folds' documents and the fold's documents are streamed alone, with that model and,
 * as the baseline on the same streams, with the cosine rule. The folds' partitions are joined and
 * scored together ({@code cv_*} and {@code baseline_*}, means over the orders), and per topic
 * ({@code topic_N_f1} learned, {@code topic_N_base} cosine). The regrouping threshold is chosen per
 * fold too, on the fold's training topics only, among {@code select} (comma-separated, default
 * {@link #DEFAULT_GRID}; {@code none} keeps the given one) and reported as {@code fold_K_regroup};
 * the baseline is the cosine rule without regrouping. Each test topic is also streamed alone with
 * the fold's model ({@code topic_N_alone}), and unless {@code peers=false} Carrot2 k-means told k
 * runs per topic beside them (see {@link TopicPeers}).
 */
final class TopicFolds {
  /** The regrouping thresholds each fold chooses among by default. */
  static final String DEFAULT_GRID = "0.05,0.06,0.07,0.08";

  /** Random orders of the training articles each candidate threshold is scored on. */
  private static final int SELECTION_ORDERS = 2;

  private TopicFolds() {}

  static Map<String, Double> run(
      List<LabelledDoc> docs, StoryOptions storyOptions, Map<String, String> options, int orders)
      throws java.io.IOException {
    int k = Integer.parseInt(options.get("folds"));
    List<String> topics = Topics.of(docs);
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    List<Map<String, String>> learned = new ArrayList<>();
    List<Map<String, String>> baseline = new ArrayList<>();
    List<Map<String, String>> alone = new ArrayList<>();
    for (int seed = 0; seed < orders; seed++) {
      learned.add(new HashMap<>());
      baseline.add(new HashMap<>());
      alone.add(new HashMap<>());
    }
    List<PairTraining.LabelledArticle> all = LearnedModels.labelled(docs);
    List<Double> grid = grid(options.getOrDefault("select", DEFAULT_GRID));
    Map<String, Double> mean = new TreeMap<>();
    ExtraTraining extra = ExtraTraining.of(options);
    for (int fold = 0; fold < k; fold++) {
      List<PairTraining.LabelledArticle> train = Topics.part(all, topics, k, fold, false);
      List<PairTraining.LabelledArticle> test = Topics.part(all, topics, k, fold, true);
      PairModel model =
          PairTraining.fit(
              extra.with(train),
              storyOptions,
              LearnedModels.trainOrders(options),
              LearnedModels.cutoff(options),
              LearnedModels.joins(options));
      if (options.containsKey("cutoff")) {
        model = model.withCutoff(Double.parseDouble(options.get("cutoff")));
      }
      StoryOptions chosen = storyOptions;
      if (storyOptions.regroup() > 0 && !grid.isEmpty()) {
        chosen = storyOptions.withRegroup(select(grid, train, storyOptions, model, gold));
        mean.put("fold_" + fold + "_regroup", chosen.regroup());
      }
      StoryOptions cosineRule = storyOptions.withRegroup(0);
      for (int seed = 0; seed < orders; seed++) {
        List<PairTraining.LabelledArticle> order = new ArrayList<>(test);
        Collections.shuffle(order, new Random(seed));
        String prefix = fold + ":";
        Map<String, String> l = learned.get(seed);
        Map<String, String> b = baseline.get(seed);
        partition(order, chosen, model).forEach((d, s) -> l.put(d, prefix + s));
        partition(order, cosineRule, null).forEach((d, s) -> b.put(d, prefix + s));
        for (String t : topics) {
          List<PairTraining.LabelledArticle> one =
              order.stream().filter(a -> Topics.topic(a.story()).equals(t)).toList();
          if (!one.isEmpty()) {
            Map<String, String> a = alone.get(seed);
            partition(one, chosen, model).forEach((d, s) -> a.put(d, t + ":" + s));
          }
        }
      }
    }
    for (int seed = 0; seed < orders; seed++) {
      add(mean, "cv_", learned.get(seed), gold, orders);
      add(mean, "baseline_", baseline.get(seed), gold, orders);
      for (String t : topics) {
        TopicPeers.perTopic(mean, "topic_" + t + "_f1", learned.get(seed), gold, t, orders);
        TopicPeers.perTopic(mean, "topic_" + t + "_base", baseline.get(seed), gold, t, orders);
        TopicPeers.perTopic(mean, "topic_" + t + "_alone", alone.get(seed), gold, t, orders);
      }
    }
    if (Boolean.parseBoolean(options.getOrDefault("peers", "true"))) {
      TopicPeers.kmeans(docs, topics, mean);
    }
    TopicPeers.summarize(mean, topics);
    return mean;
  }

  /** The regrouping thresholds to choose among ({@code none}: keep the given one). */
  static List<Double> grid(String value) {
    if (value.equals("none")) {
      return List.of();
    }
    List<Double> out = new ArrayList<>();
    for (String v : value.split(",")) {
      double t = Double.parseDouble(v.trim());
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("select thresholds must be in (0, 1): " + v);
      }
      out.add(t);
    }
    return out;
  }

  /**
   * The threshold of {@code grid} whose partitions of the training articles (streamed in {@link
   * #SELECTION_ORDERS} random orders with the fold's model) score the best mean B-cubed F1; the
   * first such on ties.
   */
  private static double select(
      List<Double> grid,
      List<PairTraining.LabelledArticle> train,
      StoryOptions options,
      PairModel model,
      Map<String, String> gold) {
    double best = grid.get(0);
    double bestF1 = -1;
    for (double t : grid) {
      double f1 = 0;
      for (int seed = 0; seed < SELECTION_ORDERS; seed++) {
        List<PairTraining.LabelledArticle> order = new ArrayList<>(train);
        Collections.shuffle(order, new Random(1_000L + seed));
        Map<String, String> predicted = partition(order, options.withRegroup(t), model);
        f1 +=
            Partitions.score(ClusterTask.numbered(predicted), gold).getOrDefault("bcubed_f1", 0.0);
      }
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  private static void add(
      Map<String, Double> mean,
      String prefix,
      Map<String, String> predicted,
      Map<String, String> gold,
      int orders) {
    Map<String, Double> m = Partitions.score(ClusterTask.numbered(predicted), gold);
    m.forEach((key, v) -> mean.merge(prefix + key, v / orders, Double::sum));
    double clusters = new java.util.HashSet<>(predicted.values()).size();
    mean.merge("clusters_" + prefix.replace("_", ""), clusters / orders, Double::sum);
  }

  private static Map<String, String> partition(
      List<PairTraining.LabelledArticle> order, StoryOptions options, @Nullable PairModel model) {
    StoryClusterer clusterer = new StoryClusterer(options, null, model);
    order.forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
    List<Story> stories = clusterer.finish();
    return ClusterTask.members(stories);
  }
}
