package org.newsbrief.eval.entities;

/**
 * The Hungarian algorithm (Kuhn-Munkres with potentials, O(n²m)): the largest total weight of a
 * one-to-one matching between the rows and the columns of a weight matrix.
 */
final class Assignment {
  private Assignment() {}

  /** The maximum total weight of a matching in {@code weight} (rows by columns, non-negative). */
  static double maximum(double[][] weight) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    if (rows == 0 || cols == 0) {
      return 0;
    }
    boolean transpose = rows > cols;
    int n = transpose ? cols : rows;
    int m = transpose ? rows : cols;
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] match = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      boolean[] used = new boolean[m + 1];
      java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
      do {
        used[j0] = true;
        int i0 = match[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cost = -(transpose ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]);
            double cur = cost - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= m; j++) {
      if (match[j] != 0) {
        total += transpose ? weight[j - 1][match[j] - 1] : weight[match[j] - 1][j - 1];
      }
    }
    return total;
  }
}
