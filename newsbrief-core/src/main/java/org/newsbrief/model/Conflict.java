package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim that sources dispute or deny, with each side.
 *
 * @param topic what the dispute is about
 * @param sides the opposing statements, at least two
 */
public record Conflict(String topic, List<ConflictSide> sides) {
  public Conflict {
    Objects.requireNonNull(topic, "topic");
    sides = List.copyOf(sides);
  }
}
