package org.newsbrief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story: the articles that report one real-world event, found by clustering a stream.
 *
 * @param id stable identifier, derived from the id of the article that started the story
 * @param label a short human label (the headline most typical of the story)
 * @param first the earliest publication date among the members, when any member states one
 * @param last the latest publication date among the members, when any member states one
 * @param entities the names the story is about, most mentioned first
 * @param articles the ids of the member articles, in arrival order
 */
public record Story(
    String id,
    String label,
    @Nullable LocalDate first,
    @Nullable LocalDate last,
    List<String> entities,
    List<String> articles) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    entities = List.copyOf(entities);
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article: " + id);
    }
    if ((first == null) != (last == null)
        || (first != null && last != null && first.isAfter(last))) {
      throw new IllegalArgumentException("bad time span " + first + " to " + last + ": " + id);
    }
  }
}
