package org.newsbrief.ingest;

import org.jspecify.annotations.Nullable;
import org.newsbrief.model.RawDocument;

/**
 * One rule for control characters, whatever form the input took (a raw byte in a text file, an HTML
 * page or an archive record, or a {@code \u0000} escape in JSON): NUL and the other C0 and C1
 * controls except tab, line feed, carriage return and form feed are removed from a document's text
 * and metadata. Whether a whole file is text at all is decided separately, by {@link
 * FileDecoder#looksBinary}, which counts NUL among the control characters.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  /** {@code document} with controls removed from its content and metadata. */
  static RawDocument strip(RawDocument document) {
    return new RawDocument(
        document.source(),
        document.format(),
        strip(document.content()),
        stripOrNull(document.url()),
        stripOrNull(document.title()),
        stripOrNull(document.outlet()),
        document.published(),
        stripOrNull(document.byline()),
        stripOrNull(document.language()),
        document.containerDate());
  }

  /** True for the characters this class removes. */
  static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        || (c >= 0x7f && c <= 0x9f);
  }

  static String strip(String text) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static @Nullable String stripOrNull(@Nullable String text) {
    return text == null ? null : strip(text);
  }
}
