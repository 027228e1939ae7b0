package org.newsbrief.analyze.quote;

/**
 * A mention that may be the speaker of a quotation: a pronoun, a name or a role noun.
 *
 * @param start offset of the mention in the text
 * @param end offset just past the mention
 * @param text the mention as written
 */
public record SpeakerCandidate(int start, int end, String text) {
  /** Whether this mention overlaps [{@code from}, {@code to}). */
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }
}
