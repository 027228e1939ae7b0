package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.eval.EvalOptions;

/**
 * How sharp the shipped regrouping's optimum is ({@code sweep=K}): the topics are dealt into K
 * folds as in {@link TopicFolds} (shuffled by {@code fold_seed}), each fold's pair model is fitted
 * on the other folds and the fold is streamed in {@code orders} orders; every finished stream is
 * then regrouped with the shipped setting and with one setting at a time moved away from it (group
 * cosine, threshold, and each of the three shares with the other two rescaled so the shares still
 * sum to one). The pairs' pooled B-cubed F1 for each setting ({@code sweep_<name>_<value>}) shows
 * which parameters sit on a flat region and which on a sharp peak. The regrouping parameters were
 * chosen on these same topics, so these are not held-out figures: the profile, not the level, is
 * the finding.
 */
final class RegroupSweep {
  static final List<Double> GROUPS = List.of(0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25);
  static final List<Double> THRESHOLDS = List.of(0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1);
  static final List<Double> SHARES = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);

  private RegroupSweep() {}

  /** The shipped setting and its one-at-a-time moves, by name. */
  static Map<String, Regrouping> settings() {
    Regrouping base = Regrouping.of(StoryOptions.DEFAULT_REGROUP);
    Map<String, Regrouping> out = new LinkedHashMap<>();
    out.put("shipped", base);
    for (double g : GROUPS) {
      out.put(name("group", g), base.withGroupCosine(g));
    }
    for (double t : THRESHOLDS) {
      out.put(name("threshold", t), Regrouping.of(t));
    }
    for (int which = 0; which < 3; which++) {
      for (double s : SHARES) {
        out.put(name(List.of("term", "name", "number").get(which), s), withShare(base, which, s));
      }
    }
    out.put(
        "equal_shares",
        new Regrouping(base.groupCosine(), base.threshold(), 1.0 / 3, 1.0 / 3, 1.0 / 3));
    return out;
  }

  /**
   * {@code base} with share {@code which} (0 term, 1 name, 2 number) set to {@code value} and the
   * other two scaled so that the three still sum to one.
   */
  static Regrouping withShare(Regrouping base, int which, double value) {
    double[] s = {base.termShare(), base.nameShare(), base.numberShare()};
    double rest = 0;
    for (int i = 0; i < 3; i++) {
      rest += i == which ? 0 : s[i];
    }
    for (int i = 0; i < 3; i++) {
      s[i] = i == which ? value : s[i] * (1 - value) / rest;
    }
    return new Regrouping(base.groupCosine(), base.threshold(), s[0], s[1], s[2]);
  }

  private static String name(String parameter, double value) {
    return parameter + "_" + String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  static Map<String, Double> run(
      List<LabelledDoc> docs, StoryOptions storyOptions, Map<String, String> options, int orders) {
    int k = EvalOptions.atLeast(options, "sweep", 2, 2);
    List<String> topics =
        Topics.dealt(Topics.of(docs), EvalOptions.atLeast(options, "fold_seed", 0, 0));
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    List<PairTraining.LabelledArticle> all = LearnedModels.labelled(docs);
    Map<String, Regrouping> settings = settings();
    List<String> names = new ArrayList<>(settings.keySet());
    List<List<Map<String, String>>> predicted = new ArrayList<>(); // [order][setting]
    for (int seed = 0; seed < orders; seed++) {
      List<Map<String, String>> bySetting = new ArrayList<>();
      names.forEach(n -> bySetting.add(new HashMap<>()));
      predicted.add(bySetting);
    }
    for (int fold = 0; fold < k; fold++) {
      List<PairTraining.LabelledArticle> train = Topics.part(all, topics, k, fold, false);
      List<PairTraining.LabelledArticle> test = Topics.part(all, topics, k, fold, true);
      PairModel model =
          PairTraining.fit(train, storyOptions, LearnedModels.trainOrders(options), 0.5, true);
      for (int seed = 0; seed < orders; seed++) {
        List<List<List<String>>> parts =
            InnerFolds.stream(
                InnerFolds.shuffled(test, seed),
                storyOptions,
                model,
                new ArrayList<>(settings.values()));
        for (int s = 0; s < names.size(); s++) {
          InnerFolds.put(predicted.get(seed).get(s), fold + ":", parts.get(s));
        }
      }
    }
    Map<String, Double> out = new TreeMap<>();
    for (int s = 0; s < names.size(); s++) {
      for (int seed = 0; seed < orders; seed++) {
        Map<String, String> p = predicted.get(seed).get(s);
        double f1 = Partitions.score(ClusterTask.numbered(p), gold).getOrDefault("bcubed_f1", 0.0);
        out.merge("sweep_" + names.get(s), f1 / orders, Double::sum);
        for (String t : topics) {
          TopicPeers.perTopic(out, "topic_" + t + "_" + names.get(s), p, gold, t, orders);
        }
      }
    }
    return out;
  }
}
