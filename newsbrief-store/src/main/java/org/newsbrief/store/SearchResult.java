package org.newsbrief.store;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param total how many articles match in all
 * @param hits the best of them, at most the query's limit
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
