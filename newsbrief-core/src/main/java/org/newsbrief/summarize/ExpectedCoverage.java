package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * How many n-grams of a reference a growing summary is expected to match. Each n-gram's count in
 * the reference is taken as Poisson with the model's mean {@code λ}; the summary's k-th use of it
 * matches with probability P(count ≥ k), as ROUGE clips matches at the reference's count. The gain
 * of a sentence is the sum of these probabilities over what it adds, so repeating what the summary
 * already holds gains little.
 */
final class ExpectedCoverage {
  private static final int MAX_COUNT = 30;
  private final Map<String, double[]> tails = new HashMap<>();
  private final Map<String, Integer> used = new HashMap<>();

  ExpectedCoverage(Map<String, Double> expected) {
    expected.forEach((key, lambda) -> tails.put(key, tail(lambda)));
  }

  /** P(count ≥ k) for k = 1..30 of a Poisson count with mean {@code lambda}. */
  static double[] tail(double lambda) {
    double[] tail = new double[MAX_COUNT];
    double p = Math.exp(-lambda);
    double cdf = p;
    for (int k = 1; k <= MAX_COUNT; k++) {
      tail[k - 1] = Math.max(0, 1 - cdf);
      p *= lambda / k;
      cdf += p;
    }
    return tail;
  }

  /** The expected matches {@code grams} (n-gram counts of a sentence) would add. */
  double gain(Map<String, Integer> grams) {
    double gain = 0;
    for (Map.Entry<String, Integer> e : grams.entrySet()) {
      double[] tail = tails.get(e.getKey());
      if (tail == null) {
        continue;
      }
      int had = used.getOrDefault(e.getKey(), 0);
      for (int k = 0; k < e.getValue(); k++) {
        gain += tail[Math.min(had + k, MAX_COUNT - 1)];
      }
    }
    return gain;
  }

  /** Records {@code grams} as part of the summary. */
  void add(Map<String, Integer> grams) {
    grams.forEach((key, count) -> used.merge(key, count, Integer::sum));
  }
}
