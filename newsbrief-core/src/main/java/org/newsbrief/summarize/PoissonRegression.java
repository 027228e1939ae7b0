package org.newsbrief.summarize;

import java.util.List;

/**
 * Poisson regression (log link) fitted by Newton's method with an L2 penalty on every weight but
 * the first (the intercept): the expected count of a unit is {@code exp(w · x)}.
 */
final class PoissonRegression {
  private static final int MAX_ITERATIONS = 50;

  private PoissonRegression() {}

  /** Weights fitting counts {@code y} to rows {@code x}, each row starting with a constant 1. */
  static double[] fit(List<double[]> x, List<Double> y, double l2) {
    if (x.isEmpty() || x.size() != y.size()) {
      throw new IllegalArgumentException("need as many counts as rows, and at least one");
    }
    int d = x.get(0).length;
    double[] w = new double[d];
    double mean = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    w[0] = Math.log(Math.max(mean, 1e-3));
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int r = 0; r < x.size(); r++) {
        double[] row = x.get(r);
        double mu = Math.exp(Math.max(-30, Math.min(10, dot(w, row))));
        double residual = y.get(r) - mu;
        for (int i = 0; i < d; i++) {
          if (row[i] == 0) {
            continue;
          }
          gradient[i] += residual * row[i];
          double scaled = mu * row[i];
          for (int j = 0; j <= i; j++) {
            hessian[i][j] += scaled * row[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] -= l2 * w[i];
        hessian[i][i] += l2;
      }
      double[] step = solve(symmetric(hessian), gradient);
      double largest = 0;
      for (int i = 0; i < d; i++) {
        w[i] += step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < 1e-6) {
        break;
      }
    }
    return w;
  }

  static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i] * x[i];
    }
    return sum;
  }

  private static double[][] symmetric(double[][] lower) {
    for (int i = 0; i < lower.length; i++) {
      for (int j = i + 1; j < lower.length; j++) {
        lower[i][j] = lower[j][i];
      }
    }
    return lower;
  }

  /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    double[] v = b.clone();
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] rowSwap = m[col];
      m[col] = m[pivot];
      m[pivot] = rowSwap;
      double valueSwap = v[col];
      v[col] = v[pivot];
      v[pivot] = valueSwap;
      if (Math.abs(m[col][col]) < 1e-12) {
        throw new IllegalArgumentException("singular system");
      }
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c < n; c++) {
          m[r][c] -= f * m[col][c];
        }
        v[r] -= f * v[col];
      }
    }
    double[] s = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = v[i];
      for (int j = i + 1; j < n; j++) {
        sum -= m[i][j] * s[j];
      }
      s[i] = sum / m[i][i];
    }
    return s;
  }
}
