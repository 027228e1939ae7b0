package org.newsbrief.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article found by a search.
 *
 * @param id the article id
 * @param title its title
 * @param outlet its outlet, when known
 * @param published its publication date, when known
 * @param story the story it belongs to
 * @param snippet passages of its body with the matching words marked
 */
public record SearchHit(
    String id,
    String title,
    @Nullable String outlet,
    @Nullable LocalDate published,
    String story,
    List<Highlight> snippet) {
  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(story, "story");
    snippet = List.copyOf(snippet);
  }
}
