package org.newsbrief.eval.cluster;

/**
 * Scores of a two-dimensional settings grid averaged over each cell's neighbourhood, so that a
 * selection prefers a flat region of good settings to a single sharp optimum.
 */
final class GridSmoothing {
  private GridSmoothing() {}

  /**
   * For a row-major grid of {@code columns} columns, each cell's mean over itself and the cells one
   * step away in its row or its column (a plus-shaped neighbourhood, cut at the grid's edges).
   */
  static double[] neighbourhoodMeans(double[] grid, int columns) {
    if (columns < 1 || grid.length % columns != 0) {
      throw new IllegalArgumentException(
          "a grid of " + grid.length + " cells has no " + columns + " columns");
    }
    int rows = grid.length / columns;
    double[] out = new double[grid.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double sum = grid[r * columns + c];
        int n = 1;
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] s : steps) {
          int rr = r + s[0];
          int cc = c + s[1];
          if (rr >= 0 && rr < rows && cc >= 0 && cc < columns) {
            sum += grid[rr * columns + cc];
            n++;
          }
        }
        out[r * columns + c] = sum / n;
      }
    }
    return out;
  }
}
