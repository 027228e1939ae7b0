package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.newsbrief.learn.NewtonRegression;

/**
 * Fits the regrouping's linkage instead of setting it by hand: the shares of the local term, name
 * and number cosines and the joining threshold come from a logistic regression (L2 penalty {@link
 * #L2}) over the pairs of members of each coarse group, positive when both belong to the same gold
 * story. Average linkage joins two pieces while their mean log-odds is at least 0, which is the
 * mean weighted similarity reaching minus the bias: the shares are the fitted weights, the
 * threshold minus the fitted bias, both divided by the weights' sum. Groups come from the training
 * articles streamed in seeded random orders with {@code model} and finished up to the regrouping,
 * as at finish.
 */
public final class RegroupTraining {
  /** The L2 penalty on the three weights (the bias is not penalised), as for the pair model. */
  static final double L2 = 1.0;

  private RegroupTraining() {}

  /**
   * The fitted linkage weights (bias, term, name, number) per coarse-group cosine of {@code
   * groupCosines}, in that order; {@link #regrouping} makes them a regrouping. The pairs come from
   * each coarse group's members of one gold topic ({@code topicOf} a gold story) at a time, their
   * cosines weighted locally to that part, as the regrouper's second level sees a topic's events:
   * with whole groups (several topics) the fitted linkage did worse under nested cross-validation
   * (0.9510 against 0.9560, see docs/notes/stories.md).
   */
  public static List<double[]> fit(
      List<PairTraining.LabelledArticle> articles,
      StoryOptions options,
      PairModel model,
      int orders,
      List<Double> groupCosines,
      UnaryOperator<String> topicOf) {
    Map<String, String> gold = new HashMap<>();
    articles.forEach(a -> gold.put(a.id(), a.story()));
    List<List<double[]>> x = new ArrayList<>();
    List<List<Double>> y = new ArrayList<>();
    groupCosines.forEach(
        g -> {
          x.add(new ArrayList<>());
          y.add(new ArrayList<>());
        });
    for (int seed = 0; seed < orders; seed++) {
      StoryClusterer clusterer = new StoryClusterer(options.withRegroup(0), null, model);
      PairTraining.shuffled(articles, 4_000L + seed)
          .forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
      clusterer.refineOpen();
      for (int g = 0; g < groupCosines.size(); g++) {
        StoryIndex index = new StoryIndex();
        Map<String, ActiveStory> groups = Finisher.copies(clusterer.open(), index);
        Finisher.gather(groups, index, groupCosines.get(g));
        for (ActiveStory group : groups.values()) {
          Map<String, List<ArticleFeatures>> byTopic = new TreeMap<>();
          for (ArticleFeatures m : group.members()) {
            String topic = topicOf.apply(gold.getOrDefault(m.id(), ""));
            byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(m);
          }
          for (List<ArticleFeatures> topic : byTopic.values()) {
            examples(topic, gold, x.get(g), y.get(g));
          }
        }
      }
    }
    List<double[]> out = new ArrayList<>();
    for (int g = 0; g < groupCosines.size(); g++) {
      if (x.get(g).isEmpty()) {
        throw new IllegalArgumentException(
            "no coarse group of at least "
                + LocalRegrouper.MIN_SIZE
                + " articles of one topic at group cosine "
                + groupCosines.get(g)
                + " to fit the regrouping linkage on");
      }
      out.add(NewtonRegression.logistic(x.get(g), y.get(g), L2));
    }
    return out;
  }

  /**
   * The regrouping whose linkage is the fitted weights {@code w} (bias first): two pieces join
   * while their members' mean log-odds of being one story reaches {@code logOdds} (0: p = 0.5).
   *
   * @throws IllegalArgumentException when the weights do not sum above 0
   */
  public static Regrouping regrouping(double groupCosine, double[] w, double logOdds) {
    double sum = w[1] + w[2] + w[3];
    if (!(sum > 0)) {
      throw new IllegalArgumentException("fitted regrouping weights do not sum above 0");
    }
    return new Regrouping(groupCosine, (logOdds - w[0]) / sum, w[1] / sum, w[2] / sum, w[3] / sum);
  }

  /** Adds a row (1, term, name, number cosine) for every pair of a group the regrouper splits. */
  static void examples(
      List<ArticleFeatures> members, Map<String, String> gold, List<double[]> x, List<Double> y) {
    int n = members.size();
    if (n < LocalRegrouper.MIN_SIZE || n > LocalRegrouper.MAX_MEMBERS) {
      return;
    }
    double[][][] c = LocalRegrouper.cosines(members);
    for (int i = 0; i < n; i++) {
      String story = gold.getOrDefault(members.get(i).id(), "");
      for (int j = i + 1; j < n; j++) {
        x.add(new double[] {1, c[0][i][j], c[1][i][j], c[2][i][j]});
        y.add(story.equals(gold.getOrDefault(members.get(j).id(), "")) ? 1.0 : 0.0);
      }
    }
  }
}
