package org.newsbrief.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * One regression tree, nodes in arrays: node 0 is the root; a node with feature -1 is a leaf with a
 * value (float precision, so that written and read trees agree), any other goes left when {@code
 * x[feature] <= threshold}.
 */
final class Tree {
  final int[] feature;
  final double[] threshold;
  final int[] left;
  final int[] right;
  final double[] value;

  Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    int n = feature.length;
    if (threshold.length != n || left.length != n || right.length != n || value.length != n) {
      throw new IllegalArgumentException("node arrays differ in length");
    }
    this.feature = feature;
    this.threshold = threshold;
    this.left = left;
    this.right = right;
    this.value = value;
  }

  double predict(double[] x) {
    int node = 0;
    while (feature[node] >= 0) {
      node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
    }
    return value[node];
  }

  /** One line a node: "feature threshold left right" for a split, "leaf value" for a leaf. */
  void write(StringBuilder out) {
    out.append("tree ").append(feature.length).append('\n');
    for (int i = 0; i < feature.length; i++) {
      if (feature[i] < 0) {
        out.append("leaf ").append((float) value[i]).append('\n');
      } else {
        out.append(feature[i]).append(' ').append(threshold[i]);
        out.append(' ').append(left[i]).append(' ').append(right[i]).append('\n');
      }
    }
  }

  static Tree read(BufferedReader in) throws IOException {
    String[] head = ModelText.fields(in, "tree");
    int n = Integer.parseInt(head[1]);
    int[] feature = new int[n];
    double[] threshold = new double[n];
    int[] left = new int[n];
    int[] right = new int[n];
    double[] value = new double[n];
    Arrays.fill(feature, -1);
    for (int i = 0; i < n; i++) {
      String[] f = ModelText.fields(in, null);
      if (f[0].equals("leaf")) {
        value[i] = Float.parseFloat(f[1]);
      } else {
        feature[i] = Integer.parseInt(f[0]);
        threshold[i] = Double.parseDouble(f[1]);
        left[i] = Integer.parseInt(f[2]);
        right[i] = Integer.parseInt(f[3]);
        if (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n) {
          throw new IOException("tree node " + i + " points outside the tree");
        }
      }
    }
    return new Tree(feature, threshold, left, right, value);
  }
}
