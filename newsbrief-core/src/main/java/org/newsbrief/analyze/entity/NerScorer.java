package org.newsbrief.analyze.entity;

/**
 * Scores every tag of one token from its features (the trained weights, or a model in training).
 */
@FunctionalInterface
public interface NerScorer {
  /** Adds the score of each tag for features {@code features[0..n)} into {@code scores}. */
  void score(long[] features, int n, float[] scores);
}
