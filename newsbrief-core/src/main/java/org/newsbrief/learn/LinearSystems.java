package org.newsbrief.learn;

/** Dense linear systems, small enough for Gaussian elimination. */
public final class LinearSystems {
  private LinearSystems() {}

  /**
   * The solution {@code s} of {@code a · s = b}, by Gaussian elimination with partial pivoting
   * ({@code a} and {@code b} are left as they are).
   *
   * @throws IllegalArgumentException if {@code a} is singular
   */
  public static double[] solve(double[][] a, double[] b) {
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
      if (Math.abs(m[col][col]) < 1e-300) {
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
