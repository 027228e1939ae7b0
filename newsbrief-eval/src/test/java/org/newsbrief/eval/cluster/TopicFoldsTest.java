package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.cluster.StoryOptions;

class TopicFoldsTest {
  private static final String[][] EVENTS = {
    {"1_a", "fire", "Leeds", "Dale Reed", "2012"},
    {"1_b", "fire", "Wells", "Anna Holt", "2008"},
    {"2_a", "earthquake", "Iquique", "Michelle Bachelet", "2014"},
    {"2_b", "earthquake", "Qeshm", "Abdolreza Sheikholeslami", "2005"},
    {"3_a", "flood", "Dresden", "Ulrich Maier", "2002"},
    {"3_b", "flood", "Carlisle", "Ruth Pryce", "2015"}
  };

  private static List<LabelledDoc> docs() {
    List<LabelledDoc> out = new ArrayList<>();
    for (String[] e : EVENTS) {
      for (int i = 0; i < 4; i++) {
        String text =
            "A "
                + e[1]
                + " struck "
                + e[2]
                + " in "
                + e[4]
                + ".\nOfficial "
                + e[3]
                + " said the "
                + e[1]
                + " in "
                + e[2]
                + " hurt "
                + (10 + i)
                + " people and crews worked through the night.";
        out.add(new LabelledDoc(e[0] + "-" + i, text, e[0]));
      }
    }
    return out;
  }

  @Test
  void scoresEveryDocumentOnceWithTheLearnedModelAndTheBaseline() throws java.io.IOException {
    Map<String, Double> m =
        TopicFolds.run(docs(), StoryOptions.defaults(), Map.of("folds", "3"), 2);

    assertThat(m)
        .containsKeys(
            "cv_bcubed_f1", "baseline_bcubed_f1", "clusters_cv", "topic_1_f1", "topic_3_base");
    assertThat(m.get("cv_bcubed_f1")).isBetween(0.0, 1.0);
    assertThat(m.get("clusters_cv")).isBetween(6.0, 24.0);
    assertThat(m.get("clusters_baseline")).isBetween(1.0, 24.0);
    assertThat(m).containsKeys("topic_2_alone", "topic_2_kmeans", "topics_alone_mean");
    assertThat(m.get("topics_kmeans_mean")).isBetween(0.0, 1.0);
    assertThat(m.get("topics_f1_at_kmeans")).isBetween(0.0, 1.0);
  }

  @Test
  void topicsAreTheStoryIdsUpToTheUnderscore() {
    assertThat(Topics.topic("12_ecbplus")).isEqualTo("12");
    assertThat(Topics.topic("story")).isEqualTo("story");
  }
}
