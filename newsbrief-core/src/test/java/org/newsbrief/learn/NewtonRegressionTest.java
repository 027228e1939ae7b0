package org.newsbrief.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NewtonRegressionTest {
  @Test
  void recoversTheWeightsOfPoissonCounts() {
    Random random = new Random(7);
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double a = random.nextDouble();
      double b = random.nextDouble() < 0.5 ? 1 : 0;
      x.add(new double[] {1, a, b});
      y.add((double) poisson(Math.exp(0.3 + 1.2 * a - 0.8 * b), random));
    }

    double[] w = NewtonRegression.poisson(x, y, 0.0);

    assertThat(w[0]).isCloseTo(0.3, within(0.05));
    assertThat(w[1]).isCloseTo(1.2, within(0.05));
    assertThat(w[2]).isCloseTo(-0.8, within(0.05));
  }

  @Test
  void recoversTheWeightsOfLogisticOutcomes() {
    Random random = new Random(11);
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      double a = random.nextGaussian();
      x.add(new double[] {1, a});
      y.add(random.nextDouble() < NewtonRegression.logistic(-0.5 + 2.0 * a) ? 1.0 : 0.0);
    }

    double[] w = NewtonRegression.logistic(x, y, 0.0);

    assertThat(w[0]).isCloseTo(-0.5, within(0.06));
    assertThat(w[1]).isCloseTo(2.0, within(0.08));
  }

  @Test
  void penalisesAllButTheIntercept() {
    List<double[]> x = List.of(new double[] {1, 1}, new double[] {1, -1});
    List<Double> y = List.of(4.0, 1.0);

    double[] free = NewtonRegression.poisson(x, y, 0.0);
    double[] shrunk = NewtonRegression.poisson(x, y, 100.0);

    assertThat(free[1]).isCloseTo(Math.log(2), within(1e-6));
    assertThat(Math.abs(shrunk[1])).isLessThan(0.05);
  }

  @Test
  void solvesALinearSystem() {
    double[] s = LinearSystems.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});

    assertThat(s[0]).isCloseTo(1.0, within(1e-12));
    assertThat(s[1]).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void rejectsASingularSystem() {
    assertThatThrownBy(
            () -> LinearSystems.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMismatchedData() {
    assertThatThrownBy(() -> NewtonRegression.poisson(List.of(new double[] {1}), List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int poisson(double lambda, Random random) {
    double limit = Math.exp(-lambda);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }
}
