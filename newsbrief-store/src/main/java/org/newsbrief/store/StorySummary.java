package org.newsbrief.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story in the store: the articles filed under it.
 *
 * @param id the story id (the id of its first stored article)
 * @param title the title of its first stored article
 * @param articles ids of its articles, in the order they were stored
 * @param outlets the outlets that reported it, sorted
 * @param first the earliest publication date among its articles, when any is known
 * @param last the latest publication date, when any is known
 */
public record StorySummary(
    String id,
    String title,
    List<String> articles,
    List<String> outlets,
    @Nullable LocalDate first,
    @Nullable LocalDate last) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }
}
