package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Story;

class RegroupingTest {
  private static final StoryOptions COSINE_RULE = StoryOptions.defaults().withLearned(false);

  /** Two earthquakes told in the same words but for the names, streamed into one clusterer. */
  private static StoryClusterer twoQuakes() {
    return twoQuakes(null);
  }

  /** As {@link #twoQuakes()}, with {@code model} (null: none). */
  private static StoryClusterer twoQuakes(@Nullable PairModel model) {
    StoryClusterer clusterer = new StoryClusterer(COSINE_RULE, null, model);
    String[][] places = {{"Qeshm", "Hormozgan", "5.6"}, {"Zarand", "Kerman", "6.4"}};
    for (int i = 0; i < 8; i++) {
      String[] p = places[i % 2];
      clusterer.add(
          "q" + i,
          "Quake",
          null,
          "A strong earthquake of magnitude "
              + p[2]
              + " struck "
              + p[0]
              + " in "
              + p[1]
              + " province in southern Iran on Sunday, injuring villagers, state television said."
              + " Rescue workers reached "
              + p[0]
              + " officials counted the damaged homes (report "
              + i
              + ").");
    }
    return clusterer;
  }

  @Test
  void regroupingCopiesOfAFinishedStreamGivesWhatFinishGives() {
    Set<Set<String>> finished = new HashSet<>();
    for (Story s : twoQuakes().finish()) {
      finished.add(Set.copyOf(s.articles()));
    }
    List<List<List<String>>> tried =
        twoQuakes()
            .regroupings(
                List.of(
                    Regrouping.of(StoryOptions.DEFAULT_REGROUP),
                    Regrouping.of(StoryOptions.DEFAULT_REGROUP).withGroupCosine(0.99)));

    assertThat(finished).hasSize(2);
    assertThat(sets(tried.get(0))).isEqualTo(finished);
    assertThat(tried.get(1).stream().mapToInt(List::size).sum()).isEqualTo(8);
  }

  @Test
  void aLinkageStoredWithTheModelDecidesTheRegrouping() {
    PairModel cosineModel = PairModel.parse("joins\t0\njoin.bias\t0\n");
    Regrouping joinsAll = new Regrouping(0.01, -1, 0.3, 0.5, 0.2);

    List<Story> hand = twoQuakes(cosineModel).finish();
    List<Story> stored = twoQuakes(cosineModel.withRegrouping(joinsAll)).finish();

    assertThat(hand).hasSize(2);
    // one coarse group at cosine 0.01, whose pieces all join at mean similarity -1
    assertThat(stored).hasSize(1);
    assertThat(new Finisher(COSINE_RULE, new StoryIndex(), cosineModel).regrouping())
        .isEqualTo(Regrouping.of(StoryOptions.DEFAULT_REGROUP));
  }

  private static Set<Set<String>> sets(List<List<String>> stories) {
    Set<Set<String>> out = new HashSet<>();
    stories.forEach(s -> out.add(Set.copyOf(s)));
    return out;
  }

  @Test
  void fittedWeightsBecomeSharesAndAThresholdInLogOdds() {
    double[] w = {-1, 2, 1, 1};

    Regrouping even = RegroupTraining.regrouping(0.15, w, 0);
    Regrouping stricter = RegroupTraining.regrouping(0.15, w, 1);

    assertThat(even.termShare()).isEqualTo(0.5);
    assertThat(even.nameShare() + even.numberShare()).isEqualTo(0.5);
    assertThat(even.threshold()).isEqualTo(0.25);
    assertThat(stricter.threshold()).isEqualTo(0.5);
    assertThatThrownBy(() -> RegroupTraining.regrouping(0.15, new double[] {0, 1, -1, -1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Regrouping.of(0.05).withGroupCosine(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPairOfAGroupIsAnExampleLabelledByItsGoldStories() {
    List<ArticleFeatures> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String place = i % 2 == 0 ? "qeshm" : "kerman";
      members.add(
          new ArticleFeatures(
              "a" + i,
              "a" + i,
              null,
              TermWeights.normalise(Map.of("earthquake", 1.0, place, 0.7, "r" + i, 0.3)),
              null,
              Set.of(),
              i,
              Map.of(),
              TermWeights.normalise(Map.of(place, 1.0)),
              Map.of()));
    }
    Map<String, String> gold = Map.of("a0", "q", "a1", "k", "a2", "q", "a3", "k", "a4", "q");
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();

    RegroupTraining.examples(members, gold, x, y);
    RegroupTraining.examples(members.subList(0, 3), gold, x, y); // below the minimum size: none

    assertThat(x).hasSize(15);
    assertThat(y.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(4); // q-q 3, k-k 1
    assertThat(x.get(1)[2]).isGreaterThan(0.9); // a0 and a2 share their only name
  }
}
