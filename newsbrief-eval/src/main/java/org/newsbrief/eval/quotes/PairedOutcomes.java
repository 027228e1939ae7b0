package org.newsbrief.eval.quotes;

import java.util.Map;
import java.util.TreeMap;

/**
 * A per-quote paired comparison of each variant with the default ("") resolver: over the quotes
 * counted under both (same article and offset), {@code count_paired_better<v>} (b) quotes right
 * under the variant and wrong under the default, {@code count_paired_worse<v>} (c) the reverse,
 * {@code count_paired<v>} the quotes paired, and {@code sign_p<v>} the exact two-sided sign-test
 * p-value of b against c ({@link #signTest}).
 */
final class PairedOutcomes {
  private PairedOutcomes() {}

  /**
   * The paired figures of every variant against "" from {@code outcomes}: variant -> quote key ->
   * right or not. Nothing when there is no "" variant.
   */
  static Map<String, Double> figures(Map<String, Map<String, Boolean>> outcomes) {
    Map<String, Double> out = new TreeMap<>();
    Map<String, Boolean> base = outcomes.get("");
    if (base == null) {
      return out;
    }
    for (Map.Entry<String, Map<String, Boolean>> e : outcomes.entrySet()) {
      String v = e.getKey();
      if (v.isEmpty()) {
        continue;
      }
      int paired = 0;
      int better = 0;
      int worse = 0;
      for (Map.Entry<String, Boolean> q : e.getValue().entrySet()) {
        Boolean before = base.get(q.getKey());
        if (before == null) {
          continue;
        }
        paired++;
        better += q.getValue() && !before ? 1 : 0;
        worse += !q.getValue() && before ? 1 : 0;
      }
      out.put("count_paired" + v, (double) paired);
      out.put("count_paired_better" + v, (double) better);
      out.put("count_paired_worse" + v, (double) worse);
      out.put("sign_p" + v, signTest(better, worse));
    }
    return out;
  }

  /**
   * The exact two-sided sign-test p-value of {@code b} successes against {@code c} failures: twice
   * the probability of at most min(b, c) of b + c fair coin flips, capped at 1 (1 when both are 0).
   */
  static double signTest(int b, int c) {
    if (b < 0 || c < 0) {
      throw new IllegalArgumentException("counts are not negative: " + b + ", " + c);
    }
    int n = b + c;
    int k = Math.min(b, c);
    double logTerm = -n * Math.log(2);
    double tail = 0;
    for (int i = 0; i <= k; i++) {
      tail += Math.exp(logTerm);
      logTerm += Math.log(n - i) - Math.log(i + 1.0);
    }
    return Math.min(1, 2 * tail);
  }
}
