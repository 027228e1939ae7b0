package org.newsbrief.analyze.entity;

import java.util.Objects;

/**
 * A name the tagger found: tokens {@code start} (inclusive) to {@code end} (exclusive) of a
 * sentence, with its CoNLL type.
 *
 * @param start first token
 * @param end one past the last token
 * @param type "PER", "ORG", "LOC" or "MISC"
 */
public record NerSpan(int start, int end, String type) {
  public NerSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
