package org.newsbrief.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One side of a disputed claim.
 *
 * @param text the claim as stated
 * @param speaker who made it, when known
 * @param sources ids of the articles that report it
 */
public record ConflictSide(String text, @Nullable Speaker speaker, List<String> sources) {
  public ConflictSide {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
