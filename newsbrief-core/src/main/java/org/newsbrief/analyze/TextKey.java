package org.newsbrief.analyze;

/**
 * Normalises text for comparing sentences across articles: straight quotes and apostrophes, plain
 * hyphens for dashes, single spaces.
 */
public final class TextKey {
  private TextKey() {}

  /** The text normalised for comparison. */
  public static String of(String text) {
    return text.replace('“', '"')
        .replace('”', '"')
        .replace('‘', '\'')
        .replace('’', '\'')
        .replace('–', '-')
        .replace('—', '-')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
