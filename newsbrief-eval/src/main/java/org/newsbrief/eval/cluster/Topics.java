package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newsbrief.cluster.PairTraining;

/**
 * ECB+ topics (a story id up to its {@code _}) and the topic-wise folds of the cross-validations.
 */
final class Topics {
  private Topics() {}

  /** The topics of {@code docs} in topic-number order. */
  static List<String> of(List<LabelledDoc> docs) {
    List<String> topics = new ArrayList<>(new TreeSet<>(docs.stream().map(Topics::topic).toList()));
    topics.sort(java.util.Comparator.comparingInt(Topics::number).thenComparing(t -> t));
    return topics;
  }

  /**
   * {@code topics} dealt in another order for the folds: unchanged for seed 0, else shuffled by
   * {@code seed}, so the spread of a cross-validated figure over fold assignments can be measured.
   */
  static List<String> dealt(List<String> topics, long seed) {
    List<String> order = new ArrayList<>(topics);
    if (seed != 0) {
      java.util.Collections.shuffle(order, new java.util.Random(seed));
    }
    return order;
  }

  /**
   * The articles of {@code all} in fold {@code fold} of {@code k} (topics dealt in the order of
   * {@code topics}) when {@code held}, else the others.
   */
  static List<PairTraining.LabelledArticle> part(
      List<PairTraining.LabelledArticle> all, List<String> topics, int k, int fold, boolean held) {
    return all.stream()
        .filter(a -> (topics.indexOf(topic(a.story())) % k == fold) == held)
        .toList();
  }

  static String topic(LabelledDoc d) {
    return topic(d.story());
  }

  static String topic(String story) {
    int cut = story.indexOf('_');
    return cut < 0 ? story : story.substring(0, cut);
  }

  private static int number(String topic) {
    try {
      return Integer.parseInt(topic);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
