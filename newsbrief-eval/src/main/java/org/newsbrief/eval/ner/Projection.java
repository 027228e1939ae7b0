package org.newsbrief.eval.ner;

import java.util.Random;

/** Positive-PMI weighting, a seeded random projection and spherical k-means, for word clusters. */
final class Projection {
  private Projection() {}

  /** Rows of {@code counts} (rows x cols) as PPMI, projected to {@code dims}, unit length. */
  static float[][] ppmiProjected(float[] counts, int rows, int cols, int dims, long seed) {
    double[] rowSum = new double[rows];
    double[] colSum = new double[cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        float x = counts[r * cols + c];
        rowSum[r] += x;
        colSum[c] += x;
      }
    }
    double colPow = 0;
    for (int c = 0; c < cols; c++) {
      colPow += Math.pow(colSum[c], 0.75);
    }
    Random random = new Random(seed);
    float[] projection = new float[cols * dims];
    for (int k = 0; k < projection.length; k++) {
      projection[k] = (float) random.nextGaussian();
    }
    float[][] out = new float[rows][dims];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        float x = counts[r * cols + c];
        if (x == 0) {
          continue;
        }
        double pmi = Math.log(x * colPow / (rowSum[r] * Math.pow(colSum[c], 0.75)));
        if (pmi <= 0) {
          continue;
        }
        for (int d = 0; d < dims; d++) {
          out[r][d] += (float) pmi * projection[c * dims + d];
        }
      }
      normalise(out[r]);
    }
    return out;
  }

  /** Spherical k-means: the cluster of each row, after {@code iterations} rounds. */
  static int[] kmeans(float[][] rows, int k, int iterations, Random random) {
    int dims = rows[0].length;
    float[][] centres = new float[k][];
    for (int j = 0; j < k; j++) {
      centres[j] = rows[random.nextInt(rows.length)].clone();
    }
    int[] assign = new int[rows.length];
    for (int it = 0; it < iterations; it++) {
      for (int r = 0; r < rows.length; r++) {
        int best = 0;
        float bestDot = -Float.MAX_VALUE;
        for (int j = 0; j < k; j++) {
          float dot = 0;
          float[] c = centres[j];
          for (int d = 0; d < dims; d++) {
            dot += c[d] * rows[r][d];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = j;
          }
        }
        assign[r] = best;
      }
      float[][] sums = new float[k][dims];
      for (int r = 0; r < rows.length; r++) {
        for (int d = 0; d < dims; d++) {
          sums[assign[r]][d] += rows[r][d];
        }
      }
      for (int j = 0; j < k; j++) {
        if (norm(sums[j]) == 0) {
          sums[j] = rows[random.nextInt(rows.length)].clone();
        }
        normalise(sums[j]);
        centres[j] = sums[j];
      }
    }
    return assign;
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static void normalise(float[] v) {
    double n = norm(v);
    if (n > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] /= (float) n;
      }
    }
  }
}
