package org.newsbrief.eval.cluster;

import java.util.HashMap;
import java.util.Map;

/** B-cubed (Bagga and Baldwin 1998) and pairwise scores of a predicted partition. */
final class Partitions {
  private Partitions() {}

  static Map<String, Double> score(Map<String, Integer> predicted, Map<String, String> gold) {
    Map<Integer, Map<String, Integer>> overlap = new HashMap<>();
    Map<Integer, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (Map.Entry<String, Integer> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      overlap.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(g, 1, Integer::sum);
      predictedSize.merge(e.getValue(), 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    long tp = 0;
    long predictedPairs = 0;
    long goldPairs = 0;
    for (Map.Entry<Integer, Map<String, Integer>> cluster : overlap.entrySet()) {
      int size = predictedSize.getOrDefault(cluster.getKey(), 1);
      predictedPairs += (long) size * (size - 1) / 2;
      for (Map.Entry<String, Integer> cell : cluster.getValue().entrySet()) {
        int n = cell.getValue();
        p += n * (n / (double) size);
        r += n * (n / (double) goldSize.getOrDefault(cell.getKey(), 1));
        tp += (long) n * (n - 1) / 2;
      }
    }
    for (int size : goldSize.values()) {
      goldPairs += (long) size * (size - 1) / 2;
    }
    int docs = predicted.size();
    double bp = p / docs;
    double br = r / docs;
    double pp = predictedPairs == 0 ? 0 : tp / (double) predictedPairs;
    double pr = goldPairs == 0 ? 0 : tp / (double) goldPairs;
    Map<String, Double> m = new HashMap<>();
    m.put("precision", bp);
    m.put("recall", br);
    m.put("bcubed_f1", f1(bp, br));
    m.put("pairwise_precision", pp);
    m.put("pairwise_recall", pr);
    m.put("pairwise_f1", f1(pp, pr));
    return m;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
