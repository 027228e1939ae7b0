package org.newsbrief.cluster;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running sum of a story's member term vectors, pruned to its {@code kept} strongest terms
 * whenever it grows past twice that, so that a long story costs bounded memory.
 */
final class TermCentroid {
  private final int kept;
  private final Map<String, Double> sum = new HashMap<>();
  private double normSquared;

  TermCentroid(int kept) {
    this.kept = kept;
  }

  /** Adds the term vector {@code v}, then prunes. */
  void add(Map<String, Double> v) {
    v.forEach((t, w) -> sum.merge(t, w, Double::sum));
    if (sum.size() > 2 * kept) {
      Set<String> keep = Set.copyOf(strongest(kept));
      sum.keySet().retainAll(keep);
    }
    normSquared = sum.values().stream().mapToDouble(x -> x * x).sum();
  }

  void clear() {
    sum.clear();
    normSquared = 0;
  }

  /** The sums (read-only view). */
  Map<String, Double> sums() {
    return Collections.unmodifiableMap(sum);
  }

  /** Cosine of this sum with {@code other}'s. */
  double cosine(TermCentroid other) {
    double norms = normSquared * other.normSquared;
    return norms == 0 ? 0 : dot(sum, other.sum) / Math.sqrt(norms);
  }

  /** Cosine of the term vector {@code v} (unit length) with this sum. */
  double cosine(Map<String, Double> v) {
    return normSquared == 0 ? 0 : dot(v, sum) / Math.sqrt(normSquared);
  }

  /** Cosine of member {@code v} (unit length) with this sum less {@code v}'s kept terms. */
  double cosineWithout(Map<String, Double> v) {
    double dot = dot(v, sum);
    double selfSquared = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      if (sum.containsKey(e.getKey())) {
        selfSquared += e.getValue() * e.getValue();
      }
    }
    double restSquared = normSquared - 2 * dot + selfSquared;
    return restSquared <= 1e-12 ? 0 : (dot - selfSquared) / Math.sqrt(restSquared);
  }

  /** The {@code n} terms of the largest weight, strongest first (ties by term). */
  List<String> strongest(int n) {
    return sum.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The dot product of two sparse vectors. */
  static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double total = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        total += e.getValue() * w;
      }
    }
    return total;
  }
}
