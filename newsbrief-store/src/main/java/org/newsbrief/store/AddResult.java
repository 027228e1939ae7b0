package org.newsbrief.store;

import java.util.List;
import org.newsbrief.model.Problem;

/**
 * What one {@link ArticleStore#add} did. Ids in {@code added} are committed to disk.
 *
 * @param added ids of the articles stored by this call, in input order
 * @param unchanged ids of articles that were already stored (or repeated in the input)
 * @param problems documents that could not be cleaned
 */
public record AddResult(List<String> added, List<String> unchanged, List<Problem> problems) {
  public AddResult {
    added = List.copyOf(added);
    unchanged = List.copyOf(unchanged);
    problems = List.copyOf(problems);
  }
}
