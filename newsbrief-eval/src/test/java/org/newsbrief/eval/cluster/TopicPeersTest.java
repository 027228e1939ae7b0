package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicPeersTest {
  @Test
  void meansOverTopicsAndCountsTheTopicsAtOrAboveKmeans() {
    Map<String, Double> m = new TreeMap<>();
    m.put("topic_1_f1", 1.0);
    m.put("topic_1_kmeans", 0.8);
    m.put("topic_2_f1", 0.6);
    m.put("topic_2_kmeans", 0.7);
    m.put("topic_3_f1", 0.9);
    m.put("topic_3_kmeans", Double.NaN);

    TopicPeers.summarize(m, List.of("1", "2", "3"));

    assertThat(m.get("topics_f1_mean"))
        .isCloseTo(2.5 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.get("topics_kmeans_mean"))
        .isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.get("topics_f1_at_kmeans"))
        .isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m).doesNotContainKey("topics_alone_mean");
  }

  @Test
  void perTopicScoresOnlyTheTopicsDocumentsAndAveragesOverOrders() {
    Map<String, String> gold = Map.of("a", "1_x", "b", "1_x", "c", "1_y", "d", "2_x");
    Map<String, String> predicted = Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s1");
    Map<String, Double> m = new TreeMap<>();

    TopicPeers.perTopic(m, "topic_1_f1", predicted, gold, "1", 2);
    TopicPeers.perTopic(m, "topic_1_f1", predicted, gold, "1", 2);

    assertThat(m.get("topic_1_f1")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
