package org.newsbrief.summarize;

/**
 * Normalises text for comparing sentences across articles: straight quotes and apostrophes, plain
 * hyphens for dashes, single spaces.
 */
final class TextKey {
  private TextKey() {}

  static String of(String text) {
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
