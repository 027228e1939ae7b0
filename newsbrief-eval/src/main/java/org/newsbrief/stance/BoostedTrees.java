package org.newsbrief.stance;

import java.util.List;

/**
 * A boosted-trees classifier: class k's score is {@code base[k]} plus the trees {@code k, k +
 * classes, k + 2·classes, ...}; probabilities are the softmax of the scores.
 */
final class BoostedTrees {
  final int classes;
  final double[] base;
  final List<Tree> trees;

  BoostedTrees(int classes, double[] base, List<Tree> trees) {
    if (base.length != classes || trees.size() % classes != 0) {
      throw new IllegalArgumentException(
          trees.size() + " trees and " + base.length + " base scores for " + classes + " classes");
    }
    this.classes = classes;
    this.base = base.clone();
    this.trees = List.copyOf(trees);
  }

  double[] probabilities(double[] x) {
    double[] score = base.clone();
    for (int t = 0; t < trees.size(); t++) {
      score[t % classes] += trees.get(t).predict(x);
    }
    return softmax(score);
  }

  static double[] softmax(double[] score) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double[] p = new double[score.length];
    double sum = 0;
    for (int k = 0; k < score.length; k++) {
      p[k] = Math.exp(score[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < score.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
