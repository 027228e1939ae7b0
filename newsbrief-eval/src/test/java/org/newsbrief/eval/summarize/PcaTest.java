package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaTest {
  @Test
  void theFirstComponentFollowsTheDirectionThePointsSpreadAlong() {
    Random random = new Random(1);
    float[][] rows = new float[200][];
    double[] t = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      t[i] = random.nextGaussian() * 5;
      rows[i] =
          new float[] {
            (float) (1 + t[i] + random.nextGaussian() * 0.01),
            (float) (2 + 2 * t[i] + random.nextGaussian() * 0.01),
            (float) (random.nextGaussian() * 0.1)
          };
    }
    double mean = 0;
    for (double x : t) {
      mean += x / t.length;
    }

    float[][] projected = Pca.project(rows, 1);

    double sign = Math.signum(projected[0][0] * (t[0] - mean));
    for (int i = 0; i < rows.length; i++) {
      assertThat(projected[i][0] * sign).isCloseTo((t[i] - mean) * Math.sqrt(5), within(0.2));
    }
  }

  @Test
  void unitVectorsHaveLengthOneAndZeroStaysZero() {
    float[] u = Pca.unit(new float[] {3, 4});

    assertThat(u[0]).isCloseTo(0.6f, within(1e-6f));
    assertThat(u[1]).isCloseTo(0.8f, within(1e-6f));
    assertThat(Pca.unit(new float[] {0, 0})).containsExactly(0, 0);
  }
}
