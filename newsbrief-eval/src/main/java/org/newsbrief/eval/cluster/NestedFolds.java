package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.RegroupTraining;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;

/**
 * Nested topic-wise cross-validation ({@code nested=K}): the topics are dealt into K outer folds as
 * in {@link TopicFolds}; inside each outer fold every choice is made on its training topics only,
 * by an inner topic-wise cross-validation ({@code inner=J} folds, default 3): for each inner fold a
 * pair model is fitted on the other inner folds and the inner fold is streamed once; each candidate
 * setting's partitions of the inner folds are pooled and scored, and the best (the first on ties)
 * is refitted on all the training topics and streamed over the outer fold. The outer folds'
 * partitions are joined and scored together, so the outer figure estimates what the whole method,
 * selection included, gives on topics it never saw. Methods, all on the same streams:
 * <ul>
 *   <li>{@code shipped}: the shipped regrouping ({@link Regrouping#of} at the default threshold),
 *       chosen once on the whole dev half: a reference, not a nested figure;
 *   <li>{@code hand}: the regrouping as shipped, its group cosine and threshold chosen by the inner
 *       folds among {@link #GROUPS} x {@link #THRESHOLDS} (the grids they were chosen on);
 *   <li>{@code fitted}: the linkage fitted by {@link RegroupTraining} (shares and threshold from a
 *       regularised logistic regression), only its group cosine chosen by the inner folds;
 *   <li>{@code odds}: the fitted shares, the group cosine and the mean log-odds at which pieces
 *       join (among {@link #ODDS}) chosen by the inner folds.
 * </ul>
 * Reports per method {@code <method>_bcubed_f1} etc. (means over {@code orders} orders), {@code
 * topic_N_<method>}, the chosen settings per fold, and per topic Carrot2 k-means told k ({@link
 * TopicPeers}).
 */
final class NestedFolds {
  static final List<Double> GROUPS = List.of(0.1, 0.15, 0.2, 0.25);
  static final List<Double> THRESHOLDS = List.of(0.05, 0.06, 0.07, 0.08);
  static final List<Double> ODDS = List.of(-1.0, -0.5, 0.0, 0.5);
  static final List<String> METHODS = List.of("shipped", "hand", "fitted", "odds");

  private NestedFolds() {}

  static Map<String, Double> run(
      List<LabelledDoc> docs, StoryOptions storyOptions, Map<String, String> options, int orders)
      throws java.io.IOException {
    int k = Integer.parseInt(options.get("nested"));
    int inner = Integer.parseInt(options.getOrDefault("inner", "3"));
    int trainOrders = LearnedModels.trainOrders(options);
    List<String> topics = Topics.of(docs);
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    List<PairTraining.LabelledArticle> all = LearnedModels.labelled(docs);
    Map<String, Double> out = new TreeMap<>();
    List<List<Map<String, String>>> predicted = new ArrayList<>(); // [order][method]
    for (int seed = 0; seed < orders; seed++) {
      List<Map<String, String>> byMethod = new ArrayList<>();
      METHODS.forEach(m -> byMethod.add(new HashMap<>()));
      predicted.add(byMethod);
    }
    for (int fold = 0; fold < k; fold++) {
      List<PairTraining.LabelledArticle> train = Topics.part(all, topics, k, fold, false);
      List<PairTraining.LabelledArticle> test = Topics.part(all, topics, k, fold, true);
      List<String> trainTopics = new ArrayList<>();
      for (int t = 0; t < topics.size(); t++) {
        if (t % k != fold) {
          trainTopics.add(topics.get(t));
        }
      }
      Choice choice = choose(train, trainTopics, inner, storyOptions, trainOrders, gold);
      PairModel model = PairTraining.fit(train, storyOptions, trainOrders, 0.5, true);
      List<double[]> w =
          RegroupTraining.fit(
              train, storyOptions, model, 1, List.of(choice.fittedGroup(), choice.oddsGroup()));
      Regrouping fitted = RegroupTraining.regrouping(choice.fittedGroup(), w.get(0), 0);
      Regrouping odds = RegroupTraining.regrouping(choice.oddsGroup(), w.get(1), choice.odds());
      List<Regrouping> settings =
          List.of(Regrouping.of(StoryOptions.DEFAULT_REGROUP), choice.hand(), fitted, odds);
      for (int m = 1; m < METHODS.size(); m++) {
        Regrouping r = settings.get(m);
        String f = "fold_" + fold + "_" + METHODS.get(m) + "_";
        out.put(f + "group", r.groupCosine());
        out.put(f + "threshold", r.threshold());
        out.put(f + "term", r.termShare());
        out.put(f + "name", r.nameShare());
        out.put(f + "number", r.numberShare());
      }
      out.put("fold_" + fold + "_odds_log_odds", choice.odds());
      for (int seed = 0; seed < orders; seed++) {
        List<List<List<String>>> parts =
            stream(shuffled(test, seed), storyOptions, model, settings);
        for (int m = 0; m < METHODS.size(); m++) {
          put(predicted.get(seed).get(m), fold + ":", parts.get(m));
        }
      }
    }
    for (int method = 0; method < METHODS.size(); method++) {
      String name = METHODS.get(method);
      for (int seed = 0; seed < orders; seed++) {
        Map<String, String> p = predicted.get(seed).get(method);
        Map<String, Double> m = Partitions.score(ClusterTask.numbered(p), gold);
        m.forEach((key, v) -> out.merge(name + "_" + key, v / orders, Double::sum));
        out.merge("clusters_" + name, new java.util.HashSet<>(p.values()).size() / (double) orders,
            Double::sum);
        for (String t : topics) {
          TopicPeers.perTopic(out, "topic_" + t + "_" + name, p, gold, t, orders);
        }
      }
    }
    if (Boolean.parseBoolean(options.getOrDefault("peers", "true"))) {
      TopicPeers.kmeans(docs, topics, out);
    }
    TopicPeers.summarize(out, topics, METHODS);
    return out;
  }

  /** The settings the inner folds of one outer fold's training topics choose. */
  record Choice(Regrouping hand, double fittedGroup, double oddsGroup, double odds) {}

  private static Choice choose(
      List<PairTraining.LabelledArticle> train,
      List<String> trainTopics,
      int inner,
      StoryOptions storyOptions,
      int trainOrders,
      Map<String, String> gold) {
    List<Regrouping> hand = new ArrayList<>();
    for (double g : GROUPS) {
      for (double t : THRESHOLDS) {
        hand.add(Regrouping.of(t).withGroupCosine(g));
      }
    }
    int n = hand.size() + GROUPS.size() * ODDS.size();
    List<Map<String, String>> parts = new ArrayList<>(); // hand, then (group, odds) fitted
    for (int i = 0; i < n; i++) {
      parts.add(new HashMap<>());
    }
    for (int j = 0; j < inner; j++) {
      List<PairTraining.LabelledArticle> fit = Topics.part(train, trainTopics, inner, j, false);
      List<PairTraining.LabelledArticle> held = Topics.part(train, trainTopics, inner, j, true);
      PairModel model = PairTraining.fit(fit, storyOptions, trainOrders, 0.5, true);
      List<Regrouping> settings = new ArrayList<>(hand);
      List<double[]> w = RegroupTraining.fit(fit, storyOptions, model, 1, GROUPS);
      for (int g = 0; g < GROUPS.size(); g++) {
        for (double c : ODDS) {
          settings.add(RegroupTraining.regrouping(GROUPS.get(g), w.get(g), c));
        }
      }
      List<List<List<String>>> found =
          stream(shuffled(held, 100 + j), storyOptions, model, settings);
      for (int s = 0; s < n; s++) {
        put(parts.get(s), j + ":", found.get(s));
      }
    }
    List<Map<String, String>> fitted = new ArrayList<>();
    for (int g = 0; g < GROUPS.size(); g++) {
      fitted.add(parts.get(hand.size() + g * ODDS.size() + ODDS.indexOf(0.0)));
    }
    int odds = best(parts.subList(hand.size(), n), gold);
    return new Choice(
        hand.get(best(parts.subList(0, hand.size()), gold)),
        GROUPS.get(best(fitted, gold)),
        GROUPS.get(odds / ODDS.size()),
        ODDS.get(odds % ODDS.size()));
  }

  /** The index of the partition of the best pooled B-cubed F1, the first on ties. */
  private static int best(List<Map<String, String>> parts, Map<String, String> gold) {
    int best = 0;
    double bestF1 = -1;
    for (int i = 0; i < parts.size(); i++) {
      double f1 =
          Partitions.score(ClusterTask.numbered(parts.get(i)), gold)
              .getOrDefault("bcubed_f1", 0.0);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = i;
      }
    }
    return best;
  }

  private static List<PairTraining.LabelledArticle> shuffled(
      List<PairTraining.LabelledArticle> articles, long seed) {
    List<PairTraining.LabelledArticle> order = new ArrayList<>(articles);
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    return order;
  }

  private static List<List<List<String>>> stream(
      List<PairTraining.LabelledArticle> order,
      StoryOptions options,
      PairModel model,
      List<Regrouping> settings) {
    StoryClusterer clusterer = new StoryClusterer(options, null, model);
    order.forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
    return clusterer.regroupings(settings);
  }

  private static void put(Map<String, String> into, String prefix, List<List<String>> stories) {
    for (List<String> story : stories) {
      if (!story.isEmpty()) {
        String id = prefix + story.get(0);
        story.forEach(d -> into.put(d, id));
      }
    }
  }
}
