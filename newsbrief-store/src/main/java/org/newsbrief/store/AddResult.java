package org.newsbrief.store;

import java.util.List;
import org.newsbrief.model.Problem;

/**
 * What one {@link ArticleStore#add} did. Ids in {@code added} are committed to disk.
 *
 * @param added ids of the articles stored by this call, in input order
 * @param unchanged ids of articles that were already stored (or repeated in the input)
 * @param problems documents that could not be cleaned
 * @param ids the article id of each document that was cleaned (added or unchanged), by its source
 */
public record AddResult(
    List<String> added,
    List<String> unchanged,
    List<Problem> problems,
    java.util.Map<String, String> ids) {
  public AddResult {
    added = List.copyOf(added);
    unchanged = List.copyOf(unchanged);
    problems = List.copyOf(problems);
    ids = java.util.Map.copyOf(ids);
  }

  /** A result that does not say which document gave which id. */
  public AddResult(List<String> added, List<String> unchanged, List<Problem> problems) {
    this(added, unchanged, problems, java.util.Map.of());
  }
}
