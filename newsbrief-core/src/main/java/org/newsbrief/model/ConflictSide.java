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
 * @param stance "affirms" or "denies" for a claim, "states" for a figure
 * @param value for a figure conflict, the figure this side gives as written ("at least 23"); else
 *     null
 */
public record ConflictSide(
    String text,
    @Nullable Speaker speaker,
    List<String> sources,
    String stance,
    @Nullable String value) {
  public ConflictSide {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stance, "stance");
    sources = List.copyOf(sources);
  }

  /** A side of a disputed claim. */
  public ConflictSide(String text, @Nullable Speaker speaker, List<String> sources, String stance) {
    this(text, speaker, sources, stance, null);
  }

  /** A side whose stance is not stated. */
  public ConflictSide(String text, @Nullable Speaker speaker, List<String> sources) {
    this(text, speaker, sources, "states");
  }
}
