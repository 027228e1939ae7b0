package org.newsbrief.eval.entities;

import java.util.Objects;

/**
 * A mention as a run of tokens of one sentence.
 *
 * @param document the document id
 * @param sentence the sentence number
 * @param start the first token's position in the sentence, from 0
 * @param end the position just past the last token
 */
public record MentionSpan(String document, int sentence, int start, int end) {
  public MentionSpan {
    Objects.requireNonNull(document, "document");
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + sentence + ":" + start + ".." + end);
    }
  }

  boolean overlaps(MentionSpan other) {
    return document.equals(other.document)
        && sentence == other.sentence
        && start < other.end
        && other.start < end;
  }
}
