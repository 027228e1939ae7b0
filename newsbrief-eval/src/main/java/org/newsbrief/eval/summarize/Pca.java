package org.newsbrief.eval.summarize;

import java.util.Random;

/**
 * Principal components of a set of vectors by subspace iteration on their covariance: the vectors
 * centred and projected on the first {@code k} components.
 */
final class Pca {
  private static final int ROUNDS = 60;

  private Pca() {}

  /** Each row centred and projected on the {@code k} main components of all rows. */
  static float[][] project(float[][] rows, int k) {
    int d = rows[0].length;
    if (k > d) {
      throw new IllegalArgumentException("more components than dimensions: " + k);
    }
    double[] mean = new double[d];
    for (float[] r : rows) {
      for (int i = 0; i < d; i++) {
        mean[i] += r[i] / (double) rows.length;
      }
    }
    double[][] cov = new double[d][d];
    double[] x = new double[d];
    for (float[] r : rows) {
      for (int i = 0; i < d; i++) {
        x[i] = r[i] - mean[i];
      }
      for (int i = 0; i < d; i++) {
        for (int j = i; j < d; j++) {
          cov[i][j] += x[i] * x[j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        cov[i][j] = cov[j][i];
      }
    }
    double[][] basis = new double[k][d];
    Random random = new Random(7);
    for (double[] b : basis) {
      for (int i = 0; i < d; i++) {
        b[i] = random.nextGaussian();
      }
    }
    orthonormalise(basis);
    for (int round = 0; round < ROUNDS; round++) {
      double[][] next = new double[k][d];
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < d; i++) {
          double s = 0;
          for (int j = 0; j < d; j++) {
            s += cov[i][j] * basis[c][j];
          }
          next[c][i] = s;
        }
      }
      orthonormalise(next);
      basis = next;
    }
    float[][] out = new float[rows.length][k];
    for (int n = 0; n < rows.length; n++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int i = 0; i < d; i++) {
          s += (rows[n][i] - mean[i]) * basis[c][i];
        }
        out[n][c] = (float) s;
      }
    }
    return out;
  }

  /** {@code v} at unit length (zero stays zero). */
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = v.clone();
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }

  /** Gram-Schmidt, in order: row c keeps the direction of the first c rows' span it adds. */
  private static void orthonormalise(double[][] rows) {
    for (int c = 0; c < rows.length; c++) {
      for (int p = 0; p < c; p++) {
        double dot = 0;
        for (int i = 0; i < rows[c].length; i++) {
          dot += rows[c][i] * rows[p][i];
        }
        for (int i = 0; i < rows[c].length; i++) {
          rows[c][i] -= dot * rows[p][i];
        }
      }
      double norm = 0;
      for (double v : rows[c]) {
        norm += v * v;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      for (int i = 0; i < rows[c].length; i++) {
        rows[c][i] *= scale;
      }
    }
  }
}
