package org.newsbrief.analyze.quote;

/**
 * A direct quotation found in a text, with offsets into that text.
 *
 * @param start offset of the quoted content (inside the marks)
 * @param end offset just past the quoted content
 * @param speakerStart offset of the speaker mention, or -1 when none was found
 * @param speakerEnd offset just past the speaker mention, or -1
 * @param speaker the speaker mention as written ("State Department spokeswoman Marie Harf", "she")
 */
public record QuoteSpan(int start, int end, int speakerStart, int speakerEnd, String speaker) {
  /** Whether a speaker was found. */
  public boolean attributed() {
    return speakerStart >= 0;
  }
}
