package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {
  private static final double[][] TWO_PAIRS = {
    {0, 0.9, 0.0, 0.0},
    {0.9, 0, 0.0, 0.1},
    {0.0, 0.0, 0, 0.8},
    {0.0, 0.1, 0.8, 0}
  };

  @Test
  void joinsWhileTheMeanSimilarityReachesTheThreshold() {
    assertThat(AverageLinkage.pieces(TWO_PAIRS, 0.06))
        .containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    assertThat(AverageLinkage.pieces(TWO_PAIRS, 0.02)).hasSize(1);
    assertThat(AverageLinkage.pieces(TWO_PAIRS, 0.95)).hasSize(4);
  }

  @Test
  void fragmentsJoinTheLargePieceNearestThem() {
    double[][] s = new double[7][7];
    List<List<Integer>> pieces = List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    s[6][4] = s[4][6] = 0.3;

    assertThat(AverageLinkage.attachFragments(pieces, s, 2))
        .containsExactly(List.of(0, 1, 2), List.of(3, 4, 5, 6));
  }

  @Test
  void withOneLargePieceEverythingIsOnePiece() {
    List<List<Integer>> pieces = List.of(List.of(0, 1, 2), List.of(3), List.of(4, 5));

    assertThat(AverageLinkage.attachFragments(pieces, new double[6][6], 2)).hasSize(1);
  }
}
