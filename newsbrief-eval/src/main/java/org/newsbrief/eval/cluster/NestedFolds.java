package org.newsbrief.eval.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.RegroupTraining;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.eval.EvalOptions;

/**
 * Nested topic-wise cross-validation ({@code nested=K}): the topics are dealt into K outer folds as
 * in {@link TopicFolds}; inside each outer fold every choice is made on its training topics only,
 * by an inner topic-wise cross-validation ({@code inner=J} folds, default 3): for each inner fold a
 * pair model is fitted on the other inner folds and the inner fold is streamed once; each candidate
 * setting's partitions of the inner folds are pooled and scored, and the best (the first on ties)
 * is refitted on all the training topics and streamed over the outer fold. The outer folds'
 * partitions are joined and scored together, so the outer figure estimates what the whole method,
 * selection included, gives on topics it never saw. Methods, all on the same streams:
 *
 * <ul>
 *   <li>{@code shipped}: the hand-set regrouping ({@link Regrouping#of} at the default threshold),
 *       chosen once on the whole dev half and shipped until stop 33: a reference, not a nested
 *       figure;
 *   <li>{@code hand}: the regrouping as shipped, its group cosine and threshold chosen by the inner
 *       folds among {@link #GROUPS} x {@link #THRESHOLDS} (the grids they were chosen on);
 *   <li>{@code fitted}: the linkage fitted by {@link RegroupTraining} (shares and threshold from a
 *       regularised logistic regression), only its group cosine chosen by the inner folds;
 *   <li>{@code odds}: the fitted shares, the group cosine and the mean log-odds at which pieces
 *       join (among {@link #ODDS}) chosen by the inner folds: what {@code newsbrief train cluster}
 *       does on all topics to make the shipped linkage ({@link ClusterTrainTask});
 *   <li>{@code flat}: the {@code hand} grid, but the setting chosen is the one whose grid
 *       neighbourhood (itself and the settings one step away in group cosine or threshold) has the
 *       best mean inner score: a flat region rather than a sharp optimum.
 * </ul>
 *
 * {@code fold_seed=S} deals the topics into the folds in an order shuffled by S (0, the default:
 * topic-number order), to measure how the figure depends on which topics are held out together;
 * {@code nested} equal to the number of topics is leave-one-topic-out.
 *
 * <p>{@code dump=FILE} writes the first order's outer partitions (method, document, gold,
 * predicted). Reports per method {@code <method>_bcubed_f1} etc. (means over {@code orders}
 * orders), {@code topic_N_<method>}, the chosen group cosines ({@code fold_K_<method>_group}) and
 * joining probability ({@code fold_K_odds_join_p}) per fold (the whole settings to stderr), and per
 * topic Carrot2 k-means told k ({@link TopicPeers}).
 */
final class NestedFolds {
  static final List<Double> GROUPS = List.of(0.1, 0.15, 0.2, 0.25);
  static final List<Double> THRESHOLDS = List.of(0.05, 0.06, 0.07, 0.08);
  static final List<Double> ODDS = List.of(-1.0, -0.5, 0.0, 0.5);
  static final List<String> METHODS = List.of("shipped", "hand", "fitted", "odds", "flat");

  private NestedFolds() {}

  static Map<String, Double> run(
      List<LabelledDoc> docs, StoryOptions storyOptions, Map<String, String> options, int orders)
      throws java.io.IOException {
    int k = Integer.parseInt(options.get("nested"));
    int inner = Integer.parseInt(options.getOrDefault("inner", "3"));
    if (k < 2 || inner < 2) {
      throw new IllegalArgumentException(
          "nested and inner are fold counts of at least 2: nested=" + k + ", inner=" + inner);
    }
    int trainOrders = LearnedModels.trainOrders(options);
    List<String> topics =
        Topics.dealt(Topics.of(docs), EvalOptions.atLeast(options, "fold_seed", 0, 0));
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    List<PairTraining.LabelledArticle> all = LearnedModels.labelled(docs);
    Map<String, Double> out = new TreeMap<>();
    ExtraTraining extra = ExtraTraining.of(options);
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
      InnerFolds.Choice choice =
          InnerFolds.choose(train, trainTopics, inner, storyOptions, trainOrders, gold, extra);
      PairModel model = PairTraining.fit(train, storyOptions, trainOrders, 0.5, true);
      List<double[]> w =
          RegroupTraining.fit(
              extra.with(train),
              storyOptions,
              model,
              1,
              List.of(choice.fittedGroup(), choice.oddsGroup()),
              Topics::topic);
      Regrouping fitted = RegroupTraining.regrouping(choice.fittedGroup(), w.get(0), 0);
      Regrouping odds = RegroupTraining.regrouping(choice.oddsGroup(), w.get(1), choice.odds());
      List<Regrouping> settings =
          List.of(
              Regrouping.of(StoryOptions.DEFAULT_REGROUP),
              choice.hand(),
              fitted,
              odds,
              choice.flat());
      for (int m = 1; m < METHODS.size(); m++) {
        Regrouping r = settings.get(m);
        out.put("fold_" + fold + "_" + METHODS.get(m) + "_group", r.groupCosine());
        System.err.printf(
            java.util.Locale.ROOT,
            "fold %d %s: group %.2f threshold %.4f shares term %.3f name %.3f number %.3f%n",
            fold,
            METHODS.get(m),
            r.groupCosine(),
            r.threshold(),
            r.termShare(),
            r.nameShare(),
            r.numberShare());
      }
      out.put("fold_" + fold + "_odds_join_p", 1 / (1 + Math.exp(-choice.odds())));
      for (int seed = 0; seed < orders; seed++) {
        List<List<List<String>>> parts =
            InnerFolds.stream(InnerFolds.shuffled(test, seed), storyOptions, model, settings);
        for (int m = 0; m < METHODS.size(); m++) {
          InnerFolds.put(predicted.get(seed).get(m), fold + ":", parts.get(m));
        }
      }
    }
    for (int method = 0; method < METHODS.size(); method++) {
      String name = METHODS.get(method);
      for (int seed = 0; seed < orders; seed++) {
        Map<String, String> p = predicted.get(seed).get(method);
        Map<String, Double> m = Partitions.score(ClusterTask.numbered(p), gold);
        m.forEach((key, v) -> out.merge(name + "_" + key, v / orders, Double::sum));
        out.merge(
            "clusters_" + name,
            new java.util.HashSet<>(p.values()).size() / (double) orders,
            Double::sum);
        for (String t : topics) {
          TopicPeers.perTopic(out, "topic_" + t + "_" + name, p, gold, t, orders);
        }
      }
    }
    if (options.containsKey("dump")) {
      dump(java.nio.file.Path.of(options.get("dump")), predicted.get(0), gold);
    }
    if (Boolean.parseBoolean(options.getOrDefault("peers", "true"))) {
      TopicPeers.kmeans(docs, topics, out);
    }
    TopicPeers.summarize(out, topics, METHODS);
    return out;
  }

  /** Writes the first order's partitions: method, document, gold story, predicted story. */
  private static void dump(
      java.nio.file.Path file, List<Map<String, String>> byMethod, Map<String, String> gold)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (int m = 0; m < METHODS.size(); m++) {
      String method = METHODS.get(m);
      new TreeMap<>(byMethod.get(m))
          .forEach((d, s) -> lines.add(method + "\t" + d + "\t" + gold.get(d) + "\t" + s));
    }
    java.nio.file.Files.write(file, lines);
  }
}
