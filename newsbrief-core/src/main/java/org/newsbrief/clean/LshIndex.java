package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of {@code
 * rows} positions, and two texts become candidates when any band agrees exactly. A pair of
 * resemblance {@code s} is found with probability {@code 1 - (1 - s^rows)^bands}; the banding is
 * chosen as the narrowest one that still finds pairs at the threshold with probability {@value
 * #RECALL_AT_THRESHOLD}, so that pairs well below it rarely become candidates. Lookup touches only
 * the buckets of one signature, not every text seen.
 */
final class LshIndex {
  static final double RECALL_AT_THRESHOLD = 0.99;

  private final int rows;
  private final int bands;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  private LshIndex(int rows, int bands) {
    this.rows = rows;
    this.bands = bands;
  }

  /** An empty index whose banding finds pairs of resemblance {@code threshold}. */
  static LshIndex forThreshold(double threshold) {
    int best = 1;
    for (int rows = 1; rows <= MinHashSignature.SIZE; rows++) {
      if (findProbability(threshold, rows, MinHashSignature.SIZE / rows) >= RECALL_AT_THRESHOLD) {
        best = rows;
      }
    }
    return new LshIndex(best, MinHashSignature.SIZE / best);
  }

  /** The chance that a pair of resemblance {@code s} shares at least one band. */
  static double findProbability(double s, int rows, int bands) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  int rows() {
    return rows;
  }

  int bands() {
    return bands;
  }

  /** The texts already added that share a band with {@code signature}, in ascending order. */
  int[] candidates(MinHashSignature signature) {
    Set<Integer> found = new HashSet<>();
    for (int band = 0; band < bands; band++) {
      List<Integer> bucket = buckets.get(signature.band(band * rows, rows));
      if (bucket != null) {
        found.addAll(bucket);
      }
    }
    return found.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Adds text number {@code id} under each of its bands. */
  void add(int id, MinHashSignature signature) {
    for (int band = 0; band < bands; band++) {
      buckets.computeIfAbsent(signature.band(band * rows, rows), k -> new ArrayList<>()).add(id);
    }
  }
}
