package org.newsbrief.cluster;

import java.util.HashMap;
import java.util.List;
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
      Set<String> keep = Set.copyOf(strongest(sum, kept));
      sum.keySet().retainAll(keep);
    }
    normSquared = sum.values().stream().mapToDouble(x -> x * x).sum();
  }

  /** The sums (read-only view). */
  Map<String, Double> sums() {
    return java.util.Collections.unmodifiableMap(sum);
  }

  /** The {@code n} entries of the largest sum, strongest first (ties by key). */
  List<String> strongest(int n) {
    return strongest(sum, n);
  }

  /** The keys of the {@code n} largest values of {@code map}, largest first (ties by key). */
  static <V extends Comparable<? super V>> List<String> strongest(Map<String, V> map, int n) {
    return map.entrySet().stream()
        .sorted(
            Map.Entry.<String, V>comparingByValue()
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

  boolean isEmpty() {
    return sum.isEmpty();
  }

  void clear() {
    sum.clear();
    normSquared = 0;
  }

  /** Cosine of {@code v} (unit length or empty) with this sum; 0 when either is empty. */
  double cosine(Map<String, Double> v) {
    return normSquared == 0 ? 0 : dot(v, sum) / Math.sqrt(normSquared);
  }

  /** Cosine of this sum with {@code other}; 0 when either is empty. */
  double cosine(SubVector other) {
    double norms = normSquared * other.normSquared;
    return norms == 0 ? 0 : dot(sum, other.sum) / Math.sqrt(norms);
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

  /**
   * The share of {@code v}'s mass (unit length) on entries this sum lacks: how much of an article's
   * field the story has never seen. 0 when either is empty.
   */
  double newShare(Map<String, Double> v) {
    return newShare(v, false);
  }

  /** As {@link #newShare(Map)} for member {@code v} against the sum of the other members. */
  double newShareWithout(Map<String, Double> v) {
    return newShare(v, true);
  }

  private double newShare(Map<String, Double> v, boolean without) {
    if (normSquared == 0 || v.isEmpty()) {
      return 0;
    }
    double missing = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double rest = sum.getOrDefault(e.getKey(), 0.0) - (without ? e.getValue() : 0);
      missing += rest <= 1e-9 ? e.getValue() * e.getValue() : 0;
    }
    return missing;
  }

  /**
   * The share of this sum's squared mass on entries {@code v} lacks: how much of what the story's
   * members say the article does not. 0 when either is empty.
   */
  double absentShare(Map<String, Double> v) {
    if (normSquared == 0 || v.isEmpty()) {
      return 0;
    }
    double shared = 0;
    for (String t : v.keySet()) {
      double w = sum.getOrDefault(t, 0.0);
      shared += w * w;
    }
    return Math.max(0, 1 - shared / normSquared);
  }

  /** As {@link #absentShare(Map)} for member {@code v} against the sum of the other members. */
  double absentShareWithout(Map<String, Double> v) {
    if (normSquared == 0 || v.isEmpty()) {
      return 0;
    }
    double shared = 0;
    double dot = 0;
    double selfSquared = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      Double w = sum.get(e.getKey());
      if (w != null) {
        double rest = w - e.getValue();
        shared += rest * rest;
        dot += e.getValue() * w;
        selfSquared += e.getValue() * e.getValue();
      }
    }
    double restSquared = normSquared - 2 * dot + selfSquared;
    return restSquared <= 1e-12 ? 0 : Math.max(0, 1 - shared / restSquared);
  }

  /**
   * The share of this sum's squared mass on entries {@code other} lacks; 0 when either is empty.
   */
  double absentShare(SubVector other) {
    if (normSquared == 0 || other.normSquared == 0) {
      return 0;
    }
    double shared = 0;
    for (Map.Entry<String, Double> e : sum.entrySet()) {
      shared += other.sum.containsKey(e.getKey()) ? e.getValue() * e.getValue() : 0;
    }
    return Math.max(0, 1 - shared / normSquared);
  }
}
