package org.newsbrief.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where sources disagree: a claim that sources dispute or deny ({@code kind} "claim"), or a figure
 * they give differently ({@code kind} "figure": deaths, magnitudes, counts), with each side.
 *
 * @param kind "claim" or "figure"
 * @param topic what the dispute is about
 * @param quantity for a figure, a short label of the quantity ("deaths", "magnitude"); else null
 * @param progression for a figure, whether later reports give a growing figure (a toll rising as
 *     reports come in) rather than disputing it
 * @param sides the opposing statements, at least two
 */
public record Conflict(
    String kind,
    String topic,
    @Nullable String quantity,
    boolean progression,
    List<ConflictSide> sides) {
  public Conflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(topic, "topic");
    if (!kind.equals("claim") && !kind.equals("figure")) {
      throw new IllegalArgumentException("kind is claim or figure: " + kind);
    }
    if (kind.equals("figure") != (quantity != null)) {
      throw new IllegalArgumentException("a figure conflict, and only one, has a quantity");
    }
    sides = List.copyOf(sides);
  }

  /** A disputed claim. */
  public Conflict(String topic, List<ConflictSide> sides) {
    this("claim", topic, null, false, sides);
  }

  /** A figure the sources give differently, or a progression of it. */
  public static Conflict figure(String quantity, boolean progression, List<ConflictSide> sides) {
    return new Conflict("figure", quantity, quantity, progression, sides);
  }
}
