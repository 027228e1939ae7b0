package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.RegroupTraining;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;

/**
 * The inner side of {@link NestedFolds}: the settings an outer fold's training topics choose by a
 * topic-wise cross-validation of their own, and the streaming both sides share.
 */
final class InnerFolds {
  private InnerFolds() {}

  /**
   * The settings the inner folds of one outer fold's training topics choose, and the pooled inner
   * B-cubed F1 of the chosen {@code odds} cell ({@code oddsScore}).
   */
  record Choice(
      double oddsScore,
      Regrouping hand,
      double fittedGroup,
      double oddsGroup,
      double odds,
      Regrouping flat) {}

  static Choice choose(
      List<PairTraining.LabelledArticle> train,
      List<String> trainTopics,
      int inner,
      StoryOptions storyOptions,
      int trainOrders,
      Map<String, String> gold,
      ExtraTraining extra) {
    List<Regrouping> hand = new ArrayList<>();
    for (double g : NestedFolds.GROUPS) {
      for (double t : NestedFolds.THRESHOLDS) {
        hand.add(Regrouping.of(t).withGroupCosine(g));
      }
    }
    int n = hand.size() + NestedFolds.GROUPS.size() * NestedFolds.ODDS.size();
    List<Map<String, String>> parts = new ArrayList<>(); // hand, then (group, odds) fitted
    for (int i = 0; i < n; i++) {
      parts.add(new HashMap<>());
    }
    for (int j = 0; j < inner; j++) {
      List<PairTraining.LabelledArticle> fit = Topics.part(train, trainTopics, inner, j, false);
      List<PairTraining.LabelledArticle> held = Topics.part(train, trainTopics, inner, j, true);
      PairModel model = PairTraining.fit(fit, storyOptions, trainOrders, 0.5, true);
      List<Regrouping> settings = new ArrayList<>(hand);
      List<double[]> w =
          RegroupTraining.fit(
              extra.with(fit), storyOptions, model, 1, NestedFolds.GROUPS, Topics::topic);
      for (int g = 0; g < NestedFolds.GROUPS.size(); g++) {
        for (double c : NestedFolds.ODDS) {
          settings.add(RegroupTraining.regrouping(NestedFolds.GROUPS.get(g), w.get(g), c));
        }
      }
      List<List<List<String>>> found =
          stream(shuffled(held, 100 + j), storyOptions, model, settings);
      for (int s = 0; s < n; s++) {
        put(parts.get(s), j + ":", found.get(s));
      }
    }
    List<Map<String, String>> fitted = new ArrayList<>();
    for (int g = 0; g < NestedFolds.GROUPS.size(); g++) {
      fitted.add(
          parts.get(hand.size() + g * NestedFolds.ODDS.size() + NestedFolds.ODDS.indexOf(0.0)));
    }
    double[] oddsScores = scores(parts.subList(hand.size(), n), gold);
    int odds = argmax(oddsScores);
    double[] handScores = scores(parts.subList(0, hand.size()), gold);
    System.err.println(
        "inner hand grid (group x threshold): " + java.util.Arrays.toString(handScores));
    System.err.println(
        "inner odds grid (group x log-odds): " + java.util.Arrays.toString(oddsScores));
    return new Choice(
        oddsScores[odds],
        hand.get(argmax(handScores)),
        NestedFolds.GROUPS.get(best(fitted, gold)),
        NestedFolds.GROUPS.get(odds / NestedFolds.ODDS.size()),
        NestedFolds.ODDS.get(odds % NestedFolds.ODDS.size()),
        hand.get(
            argmax(GridSmoothing.neighbourhoodMeans(handScores, NestedFolds.THRESHOLDS.size()))));
  }

  private static double[] scores(List<Map<String, String>> parts, Map<String, String> gold) {
    double[] f1 = new double[parts.size()];
    for (int i = 0; i < f1.length; i++) {
      f1[i] =
          Partitions.score(ClusterTask.numbered(parts.get(i)), gold).getOrDefault("bcubed_f1", 0.0);
    }
    return f1;
  }

  /** The index of the largest value, the first on ties. */
  static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The index of the partition of the best pooled B-cubed F1, the first on ties. */
  private static int best(List<Map<String, String>> parts, Map<String, String> gold) {
    return argmax(scores(parts, gold));
  }

  static List<PairTraining.LabelledArticle> shuffled(
      List<PairTraining.LabelledArticle> articles, long seed) {
    List<PairTraining.LabelledArticle> order = new ArrayList<>(articles);
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    return order;
  }

  static List<List<List<String>>> stream(
      List<PairTraining.LabelledArticle> order,
      StoryOptions options,
      PairModel model,
      List<Regrouping> settings) {
    StoryClusterer clusterer = new StoryClusterer(options, null, model);
    order.forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
    return clusterer.regroupings(settings);
  }

  static void put(Map<String, String> into, String prefix, List<List<String>> stories) {
    for (List<String> story : stories) {
      if (!story.isEmpty()) {
        String id = prefix + story.get(0);
        story.forEach(d -> into.put(d, id));
      }
    }
  }
}
