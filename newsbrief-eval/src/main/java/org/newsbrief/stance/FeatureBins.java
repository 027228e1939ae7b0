package org.newsbrief.stance;

import java.util.Arrays;

/**
 * Each feature's values cut into at most {@link #MAX_BINS} bins at quantiles of the training data
 * (every distinct value its own bin when there are few); {@code bins[f][row]} is the bin of row's
 * value, and {@code edges[f][b]} the largest value in bin b, the threshold of a split after b.
 */
final class FeatureBins {
  static final int MAX_BINS = 64;

  final double[][] edges;
  final byte[][] bins;

  FeatureBins(double[][] rows) {
    int features = rows.length == 0 ? 0 : rows[0].length;
    edges = new double[features][];
    bins = new byte[features][rows.length];
    double[] column = new double[rows.length];
    for (int f = 0; f < features; f++) {
      for (int r = 0; r < rows.length; r++) {
        column[r] = rows[r][f];
      }
      edges[f] = edges(column.clone());
      for (int r = 0; r < rows.length; r++) {
        bins[f][r] = (byte) bin(edges[f], column[r]);
      }
    }
  }

  private static double[] edges(double[] values) {
    Arrays.sort(values);
    double[] distinct = Arrays.stream(values).distinct().toArray();
    if (distinct.length <= MAX_BINS) {
      return distinct;
    }
    double[] cuts = new double[MAX_BINS];
    for (int b = 0; b < MAX_BINS; b++) {
      cuts[b] = values[(int) ((long) (b + 1) * (values.length - 1) / MAX_BINS)];
    }
    return Arrays.stream(cuts).distinct().toArray();
  }

  /** The first bin whose edge is at least {@code value}. */
  private static int bin(double[] edges, double value) {
    int at = Arrays.binarySearch(edges, value);
    return Math.min(at >= 0 ? at : -at - 1, edges.length - 1);
  }

  int features() {
    return edges.length;
  }
}
