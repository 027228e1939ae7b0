package org.newsbrief.eval.summarize;

import java.util.Arrays;

/** The area under the ROC curve of two score samples, by ranks (ties count half). */
final class RankAuc {
  private RankAuc() {}

  /** The share of (positive, negative) pairs the scores order rightly, ties half. */
  static double of(double[] positives, double[] negatives) {
    double[] neg = negatives.clone();
    Arrays.sort(neg);
    double right = 0;
    for (double p : positives) {
      int below = lowerBound(neg, p);
      int notAbove = lowerBound(neg, Math.nextUp(p));
      right += below + 0.5 * (notAbove - below);
    }
    return right / ((double) positives.length * neg.length);
  }

  private static int lowerBound(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
