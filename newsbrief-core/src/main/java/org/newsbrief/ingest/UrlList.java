package org.newsbrief.ingest;

import java.util.ArrayList;
import java.util.List;

/** A {@code .urls} file: one URL a line; blank lines and lines starting with # are ignored. */
final class UrlList {
  private UrlList() {}

  /**
   * One listed URL.
   *
   * @param line the 1-based line number
   * @param url the line's text, stripped
   */
  record Entry(int line, String url) {}

  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        entries.add(new Entry(i + 1, line));
      }
    }
    return entries;
  }
}
