package org.newsbrief.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefMetricsTest {
  private static final List<Set<Integer>> KEY = List.of(Set.of(1, 2, 3), Set.of(4, 5));
  private static final List<Set<Integer>> RESPONSE = List.of(Set.of(1, 2), Set.of(3, 4, 5));

  @Test
  void identicalClusteringsScoreOne() {
    assertThat(CorefMetrics.muc(KEY, KEY).f1()).isEqualTo(1.0);
    assertThat(CorefMetrics.bcubed(KEY, KEY).f1()).isEqualTo(1.0);
    assertThat(CorefMetrics.ceafe(KEY, KEY).f1()).isEqualTo(1.0);
  }

  @Test
  void scoresAMovedMentionAsWorkedByHand() {
    // MUC: each side keeps 2 of its 3 links.
    assertThat(CorefMetrics.muc(KEY, RESPONSE).recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(CorefMetrics.muc(KEY, RESPONSE).precision()).isCloseTo(2 / 3.0, within(1e-9));
    // B-cubed: (4/3 + 1/3 + 2) / 5 both ways.
    assertThat(CorefMetrics.bcubed(KEY, RESPONSE).recall()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(CorefMetrics.bcubed(KEY, RESPONSE).precision()).isCloseTo(11 / 15.0, within(1e-9));
    // CEAF-e: {1,2,3}~{1,2} (0.8) and {4,5}~{3,4,5} (0.8) beat any other pairing.
    assertThat(CorefMetrics.ceafe(KEY, RESPONSE).f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void mentionsOnlyTheResponseHasCostPrecision() {
    var score = CorefMetrics.bcubed(List.of(Set.of(1, 2)), List.of(Set.of(1, 2, 6)));
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isCloseTo(4 / 9.0, within(1e-9));
  }

  @Test
  void singletonsHaveNoLinksForMuc() {
    List<Set<Integer>> singletons = List.of(Set.of(1), Set.of(2), Set.of(3));
    assertThat(CorefMetrics.muc(singletons, singletons).f1()).isZero();
    assertThat(CorefMetrics.bcubed(singletons, singletons).f1()).isEqualTo(1.0);
  }

  @Test
  void assignmentFindsTheBestMatchingNotTheGreedyOne() {
    double[][] weight = {{0.9, 0.8}, {0.8, 0.0}};
    assertThat(Assignment.maximum(weight)).isCloseTo(1.6, within(1e-9));
    assertThat(Assignment.maximum(new double[][] {{0.5}, {0.7}, {0.1}}))
        .isCloseTo(0.7, within(1e-9));
    assertThat(Assignment.maximum(new double[0][0])).isZero();
  }
}
