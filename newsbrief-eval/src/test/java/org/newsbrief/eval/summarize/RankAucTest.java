package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankAucTest {
  @Test
  void separatedSamplesScoreOneAndReversedZero() {
    double[] high = {3, 4, 5};
    double[] low = {0, 1, 2};
    assertThat(RankAuc.of(high, low)).isEqualTo(1.0);
    assertThat(RankAuc.of(low, high)).isEqualTo(0.0);
  }

  @Test
  void tiesCountHalf() {
    assertThat(RankAuc.of(new double[] {1, 1}, new double[] {1})).isEqualTo(0.5, within(1e-12));
    assertThat(RankAuc.of(new double[] {2, 0}, new double[] {1})).isEqualTo(0.5, within(1e-12));
    assertThat(RankAuc.of(new double[] {2, 1}, new double[] {1, 0}))
        .isEqualTo((2 + 1.5) / 4, within(1e-12));
  }
}
