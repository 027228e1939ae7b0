package org.newsbrief.cluster;

import java.util.List;

/** L2-penalised logistic regression fitted by Newton's method (a handful of features). */
final class LogisticFit {
  private LogisticFit() {}

  /** The logistic of the dot product of {@code weights} and {@code x}. */
  static double logistic(double[] weights, double[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Weights of {@code d} features (the first the constant, not penalised) fitted to examples {@code
   * x} with outcomes {@code y}, penalty {@code l2} on the others.
   */
  static double[] fit(List<double[]> x, List<Boolean> y, int d, double l2) {
    double[] w = new double[d];
    for (int iteration = 0; iteration < 30; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int n = 0; n < x.size(); n++) {
        double[] xi = x.get(n);
        double p = logistic(w, xi);
        double r = p - (y.get(n) ? 1 : 0);
        for (int i = 0; i < d; i++) {
          gradient[i] += r * xi[i];
          for (int j = 0; j < d; j++) {
            hessian[i][j] += p * (1 - p) * xi[i] * xi[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] += l2 * w[i];
        hessian[i][i] += l2;
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = 0; r < n; r++) {
        if (r != c && m[c][c] != 0) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }
}
