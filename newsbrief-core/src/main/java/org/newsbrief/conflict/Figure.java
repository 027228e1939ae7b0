package org.newsbrief.conflict;

import java.util.Objects;
import java.util.Set;

/**
 * A figure a sentence states: a count or measure of a quantity, with the range its wording allows
 * ("at least 23" is 23 or more, "about 100" is 85 to 115).
 *
 * @param quantity what is counted or measured: "deaths", "injured", "missing", "arrested",
 *     "evacuated", "magnitude"
 * @param value the number as read
 * @param low the least value the wording allows
 * @param high the greatest value the wording allows
 * @param written the figure as written, e.g. "at least 23"
 * @param counted the words naming what is counted ("israeli soldiers"), empty when generic
 */
public record Figure(
    String quantity, double value, double low, double high, String written, Set<String> counted) {
  public Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(written, "written");
    counted = Set.copyOf(counted);
  }

  /** Whether the two figures count the same thing: one's counted words hold the other's. */
  public boolean sameThing(Figure other) {
    return quantity.equals(other.quantity)
        && (counted.containsAll(other.counted) || other.counted.containsAll(counted));
  }

  /** Whether no one value fits both figures' wording. */
  public boolean differs(Figure other) {
    return Math.max(low, other.low) > Math.min(high, other.high) + 1e-9;
  }
}
