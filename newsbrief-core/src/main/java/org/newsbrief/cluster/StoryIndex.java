package org.newsbrief.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverted index from a term to the open stories that have it among their strongest terms, so that
 * an article is compared only with stories that share one of its strongest terms.
 */
final class StoryIndex {
  /** How many of a story's (and an article's) strongest terms are indexed (and looked up). */
  static final int INDEXED_TERMS = 30;

  private final Map<String, Set<ActiveStory>> postings = new HashMap<>();

  /** The open stories sharing one of the strongest terms of {@code terms}. */
  Set<ActiveStory> candidates(Map<String, Double> terms) {
    Set<ActiveStory> found = new HashSet<>();
    terms.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(INDEXED_TERMS)
        .forEach(e -> found.addAll(postings.getOrDefault(e.getKey(), Set.of())));
    return found;
  }

  /** Re-indexes {@code story} under its current strongest terms. */
  void update(ActiveStory story) {
    List<String> strongest = story.strongestTerms(INDEXED_TERMS);
    Set<String> now = Set.copyOf(strongest);
    for (String t : story.indexedTerms) {
      if (!now.contains(t)) {
        unpost(t, story);
      }
    }
    for (String t : now) {
      postings.computeIfAbsent(t, k -> new HashSet<>()).add(story);
    }
    story.indexedTerms = now;
  }

  /** Drops {@code story} from the index. */
  void remove(ActiveStory story) {
    story.indexedTerms.forEach(t -> unpost(t, story));
    story.indexedTerms = Set.of();
  }

  /** The number of distinct terms posted, for memory checks. */
  int terms() {
    return postings.size();
  }

  private void unpost(String term, ActiveStory story) {
    Set<ActiveStory> stories = postings.get(term);
    if (stories != null) {
      stories.remove(story);
      if (stories.isEmpty()) {
        postings.remove(term);
      }
    }
  }
}
