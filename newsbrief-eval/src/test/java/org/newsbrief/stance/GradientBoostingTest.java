package org.newsbrief.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientBoostingTest {
  private static final BoostingSettings SETTINGS =
      new BoostingSettings(40, 3, 0.3, 5, 1.0, 0.8, 7, List.of(1.0, 1.0, 1.0, 1.0));

  /** Four classes by quadrant of (a, b); a third feature is noise. */
  private static int quadrant(double a, double b) {
    return (a > 0.5 ? 1 : 0) + (b > 0.5 ? 2 : 0);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }

  @Test
  void learnsQuadrantsAndGeneralises() {
    Random random = new Random(1);
    double[][] x = new double[400][];
    int[] y = new int[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
      y[i] = quadrant(x[i][0], x[i][1]);
    }
    BoostedTrees model = new GradientBoosting(SETTINGS).fit(x, y, 4);

    int right = 0;
    for (int i = 0; i < 200; i++) {
      double a = random.nextDouble();
      double b = random.nextDouble();
      if (Math.abs(a - 0.5) > 0.05 && Math.abs(b - 0.5) > 0.05) {
        right += argmax(model.probabilities(new double[] {a, b, 0.5})) == quadrant(a, b) ? 1 : 0;
      } else {
        right++;
      }
    }
    assertThat(right).isGreaterThanOrEqualTo(195);
    double[] p = model.probabilities(new double[] {0.9, 0.9, 0.1});
    assertThat(p[0] + p[1] + p[2] + p[3])
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void sameDataSameTreesAndTextRoundTrips() throws Exception {
    double[][] x = {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}};
    int[] y = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
    BoostingSettings s =
        new BoostingSettings(10, 2, 0.5, 1, 1.0, 1.0, 3, List.of(1.0, 1.0, 1.0, 1.0));
    BoostedTrees one = new GradientBoosting(s).fit(x, y, 4);
    BoostedTrees two = new GradientBoosting(s).fit(x, y, 4);
    Idf idf = Idf.of(List.of("a b", "b c"));
    String text = ModelText.write(FeatureSet.FNC1_BASELINE, idf, one);

    assertThat(ModelText.write(FeatureSet.FNC1_BASELINE, idf, two)).isEqualTo(text);
    ModelText.Parsed back = ModelText.read(new BufferedReader(new StringReader(text)));
    assertThat(ModelText.write(back.set(), back.idf(), back.model())).isEqualTo(text);
    for (double[] row : x) {
      assertThat(back.model().probabilities(row)).containsExactly(one.probabilities(row));
    }
    assertThat(argmax(one.probabilities(new double[] {1}))).isZero();
    assertThat(argmax(one.probabilities(new double[] {10}))).isEqualTo(3);
  }
}
