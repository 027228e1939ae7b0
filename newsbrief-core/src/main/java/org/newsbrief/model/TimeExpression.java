package org.newsbrief.model;

import java.util.Objects;

/**
 * A time expression found in text and normalised to a TIMEX3 value.
 *
 * @param text the expression as written
 * @param start offset of its first character in the analysed text
 * @param end offset just past its last character
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ("2014-12-03", "2014-09", "P2W", "PRESENT_REF")
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
