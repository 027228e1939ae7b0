package org.newsbrief.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who said something.
 *
 * @param entity the canonical entity id, when the speaker resolves to one
 * @param name the speaker's name as best known ("Marie Harf", "a U.S. military official")
 * @param role the speaker's role or title, when stated
 */
public record Speaker(@Nullable String entity, String name, @Nullable String role) {
  public Speaker {
    Objects.requireNonNull(name, "name");
  }
}
