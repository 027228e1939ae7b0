package org.newsbrief.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often a story's members name each entity, for the key entities of the closed story; pruned to
 * the most frequent {@code kept} whenever it holds twice as many, so a long story costs bounded
 * memory.
 */
final class EntityTally {
  private final int kept;
  private final Map<String, Integer> counts = new HashMap<>();

  EntityTally(int kept) {
    this.kept = kept;
  }

  /** Counts one member's entities. */
  void add(Iterable<String> entities) {
    entities.forEach(n -> counts.merge(n, 1, Integer::sum));
    if (counts.size() > 2 * kept) {
      Set<String> keep = Set.copyOf(top(kept));
      counts.keySet().retainAll(keep);
    }
  }

  /** The {@code n} most frequent entities, most frequent first. */
  List<String> top(int n) {
    return SubVector.strongest(counts, n);
  }

  void clear() {
    counts.clear();
  }
}
