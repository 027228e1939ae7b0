package org.newsbrief.clean;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The language of a text whose page declares none. */
final class Languages {
  private Languages() {}

  /** The ISO 639-1 code of the language {@code paragraphs} are written in, or null. */
  static @Nullable String detect(List<String> paragraphs) {
    return null;
  }
}
