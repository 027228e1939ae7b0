package org.newsbrief.eval.summarize;

import java.util.List;

/** Power-iteration PageRank over a weighted sentence graph, shared by LexRank and TextRank. */
final class SentenceGraph {
  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 50;

  private SentenceGraph() {}

  /** Stationary scores of the graph whose edge weights are {@code weights[i][j]}. */
  static double[] rank(double[][] weights) {
    int n = weights.length;
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rowSum[i] += weights[i][j];
      }
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0 / Math.max(n, 1));
    for (int it = 0; it < ITERATIONS; it++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (rowSum[i] > 0) {
            sum += weights[i][j] / rowSum[i] * score[i];
          }
        }
        next[j] = (1 - DAMPING) / n + DAMPING * sum;
      }
      score = next;
    }
    return score;
  }

  /** Indices of {@code scores} from highest to lowest, ties by position. */
  static List<Integer> byScore(double[] scores) {
    return java.util.stream.IntStream.range(0, scores.length)
        .boxed()
        .sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : a - b)
        .toList();
  }
}
