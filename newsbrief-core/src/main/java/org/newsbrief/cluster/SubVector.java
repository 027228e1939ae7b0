package org.newsbrief.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The running sum of one field's unit vectors over a story's members (title terms, names, numbers),
 * pruned to its strongest entries so that a long story costs bounded memory.
 */
final class SubVector {
  private final int kept;
  private final Map<String, Double> sum = new HashMap<>();
  private double normSquared;

  /** An empty sum keeping about {@code kept} entries. */
  SubVector(int kept) {
    this.kept = kept;
  }

  void add(Map<String, Double> v) {
    v.forEach((t, w) -> sum.merge(t, w, Double::sum));
    if (sum.size() > 2 * kept) {
      Set<String> keep =
          Set.copyOf(
              sum.entrySet().stream()
                  .sorted(
                      Map.Entry.<String, Double>comparingByValue()
                          .reversed()
                          .thenComparing(Map.Entry.comparingByKey()))
                  .limit(kept)
                  .map(Map.Entry::getKey)
                  .toList());
      sum.keySet().retainAll(keep);
    }
    normSquared = sum.values().stream().mapToDouble(x -> x * x).sum();
  }

  boolean isEmpty() {
    return sum.isEmpty();
  }

  void clear() {
    sum.clear();
    normSquared = 0;
  }

  /** Cosine of {@code v} (unit length or empty) with this sum; 0 when either is empty. */
  double cosine(Map<String, Double> v) {
    return normSquared == 0 ? 0 : ActiveStory.dot(v, sum) / Math.sqrt(normSquared);
  }

  /** Cosine of this sum with {@code other}; 0 when either is empty. */
  double cosine(SubVector other) {
    double norms = normSquared * other.normSquared;
    return norms == 0 ? 0 : ActiveStory.dot(sum, other.sum) / Math.sqrt(norms);
  }

  /** Cosine of member {@code v} with this sum once {@code v} is taken out of it. */
  double cosineWithout(Map<String, Double> v) {
    double dot = 0;
    double selfSquared = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      Double w = sum.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
        selfSquared += e.getValue() * e.getValue();
      }
    }
    double restSquared = normSquared - 2 * dot + selfSquared;
    return restSquared <= 1e-12 ? 0 : (dot - selfSquared) / Math.sqrt(restSquared);
  }
}
