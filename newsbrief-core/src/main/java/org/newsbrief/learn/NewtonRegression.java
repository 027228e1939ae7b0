package org.newsbrief.learn;

import java.util.List;

/**
 * Generalised linear models fitted by Newton's method with an L2 penalty on every weight but the
 * first (the intercept; each row starts with a constant 1): Poisson regression (log link, the
 * expected count is {@code exp(w · x)}) and logistic regression (the probability is the logistic of
 * {@code w · x}). A few dozen features and up to some hundred thousand rows.
 */
public final class NewtonRegression {
  private static final int MAX_ITERATIONS = 50;
  private static final double TOLERANCE = 1e-8;

  private NewtonRegression() {}

  /** The link's mean for a linear score {@code z}. */
  private interface Link {
    double mean(double z);

    /** The variance of the outcome at mean {@code mu}: the Newton step's row weight. */
    double variance(double mu);
  }

  private static final Link LOG =
      new Link() {
        @Override
        public double mean(double z) {
          return Math.exp(Math.max(-30, Math.min(10, z)));
        }

        @Override
        public double variance(double mu) {
          return mu;
        }
      };

  private static final Link LOGIT =
      new Link() {
        @Override
        public double mean(double z) {
          return logistic(z);
        }

        @Override
        public double variance(double mu) {
          return mu * (1 - mu);
        }
      };

  /** Poisson regression weights fitting counts {@code y} to rows {@code x}. */
  public static double[] poisson(List<double[]> x, List<Double> y, double l2) {
    return fit(x, y, l2, LOG);
  }

  /** Logistic regression weights fitting outcomes {@code y} (1 or 0) to rows {@code x}. */
  public static double[] logistic(List<double[]> x, List<Double> y, double l2) {
    return fit(x, y, l2, LOGIT);
  }

  /** The logistic function. */
  public static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The dot product of {@code w} and {@code x}. */
  public static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i] * x[i];
    }
    return sum;
  }

  private static double[] fit(List<double[]> x, List<Double> y, double l2, Link link) {
    if (x.isEmpty() || x.size() != y.size()) {
      throw new IllegalArgumentException("need as many outcomes as rows, and at least one");
    }
    int d = x.get(0).length;
    double[] w = new double[d];
    if (link == LOG) {
      double mean = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      w[0] = Math.log(Math.max(mean, 1e-3));
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int r = 0; r < x.size(); r++) {
        double[] row = x.get(r);
        double mu = link.mean(dot(w, row));
        double residual = y.get(r) - mu;
        double weight = link.variance(mu);
        for (int i = 0; i < d; i++) {
          if (row[i] == 0) {
            continue;
          }
          gradient[i] += residual * row[i];
          for (int j = 0; j <= i; j++) {
            hessian[i][j] += weight * row[i] * row[j];
          }
        }
      }
      hessian[0][0] += 1e-9;
      for (int i = 0; i < d; i++) {
        if (i > 0) {
          gradient[i] -= l2 * w[i];
          hessian[i][i] += l2;
        }
        for (int j = 0; j < i; j++) {
          hessian[j][i] = hessian[i][j];
        }
      }
      double[] step = LinearSystems.solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return w;
  }
}
