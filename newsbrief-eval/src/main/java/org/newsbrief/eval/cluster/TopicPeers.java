package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carrot2.language.LanguageComponents;

/**
 * The per-topic side of the topic-wise cross-validation ({@link TopicFolds}): each topic's figures
 * beside Carrot2 bisecting k-means run on that topic's documents alone and told its number of gold
 * stories ({@code topic_N_kmeans}), the comparison a per-topic review makes; and the means over
 * topics ({@code topics_<kind>_mean}) of the learned clusterer on the fold's stream ({@code f1}),
 * on each topic streamed alone ({@code alone}), of the cosine rule ({@code base}) and of k-means
 * ({@code kmeans}), with the share of topics where each newsbrief figure reaches k-means ({@code
 * topics_<kind>_at_kmeans}).
 */
final class TopicPeers {
  private TopicPeers() {}

  /**
   * Adds {@code topic_N_kmeans} for each topic of {@code topics} (none when Carrot2 fails or the
   * topic holds a single story).
   */
  static void kmeans(List<LabelledDoc> docs, List<String> topics, Map<String, Double> out)
      throws IOException {
    LanguageComponents english = LanguageComponents.loader().load().language("English");
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    for (String t : topics) {
      List<LabelledDoc> in = new ArrayList<>();
      docs.forEach(
          d -> {
            if (Topics.topic(d).equals(t)) {
              in.add(d);
            }
          });
      if (in.stream().map(LabelledDoc::story).distinct().count() < 2) {
        continue; // Carrot2's k-means needs k >= 2; a one-story topic (a limited run) has no peer
      }
      double f1 = CarrotPeers.kmeansToldK(in, gold, english);
      if (!Double.isNaN(f1)) {
        out.put("topic_" + t + "_kmeans", f1);
      }
    }
  }

  /**
   * Adds the per-topic B-cubed F1 of {@code predicted}, restricted to {@code topic}, over orders.
   */
  static void perTopic(
      Map<String, Double> mean,
      String key,
      Map<String, String> predicted,
      Map<String, String> gold,
      String topic,
      int orders) {
    Map<String, String> in = new HashMap<>();
    predicted.forEach(
        (d, s) -> {
          if (Topics.topic(gold.getOrDefault(d, "")).equals(topic)) {
            in.put(d, s);
          }
        });
    double f1 = Partitions.score(ClusterTask.numbered(in), gold).getOrDefault("bcubed_f1", 0.0);
    mean.merge(key, f1 / orders, Double::sum);
  }

  /** Adds the means over {@code topics} and the shares of topics at or above k-means. */
  static void summarize(Map<String, Double> out, List<String> topics) {
    summarize(out, topics, List.of("f1", "alone", "base"));
  }

  /** As {@link #summarize(Map, List)} for the figures {@code topic_N_<kind>} of {@code kinds}. */
  static void summarize(Map<String, Double> out, List<String> topics, List<String> kinds) {
    List<String> all = new ArrayList<>(kinds);
    all.add("kmeans");
    for (String kind : all) {
      double sum = 0;
      int n = 0;
      int atKmeans = 0;
      for (String t : topics) {
        Double v = out.get("topic_" + t + "_" + kind);
        Double k = out.get("topic_" + t + "_kmeans");
        if (v != null && !v.isNaN()) {
          sum += v;
          n++;
          atKmeans += k != null && v >= k ? 1 : 0;
        }
      }
      if (n > 0) {
        out.put("topics_" + kind + "_mean", sum / n);
        if (!kind.equals("kmeans")) {
          out.put("topics_" + kind + "_at_kmeans", atKmeans / (double) n);
        }
      }
    }
  }
}
