package org.newsbrief.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines of a lexical-priors table ({@link LexicalPriors#write}) parsed from its UTF-8 bytes:
 * "name TAB value" settings and "key TAB sources TAB used" counts, keyed by the hash of the key's
 * chars. Parsing bytes instead of decoded chars is the cold start's load path (the shipped table
 * has about 400,000 lines).
 *
 * @param settings the settings by name
 * @param counts the packed counts by key hash
 */
record PriorsText(Map<String, Double> settings, HashedCounts counts) {
  /**
   * Parses {@code utf8}; lines starting with '#' and empty lines are skipped.
   *
   * @throws IOException when a line has no tab or a count is not a number
   */
  static PriorsText parse(byte[] utf8) throws IOException {
    int lines = 0;
    for (byte b : utf8) {
      lines += b == '\n' ? 1 : 0;
    }
    Map<String, Double> settings = new HashMap<>();
    HashedCounts.Builder counts = new HashedCounts.Builder(lines + 1);
    int start = 0;
    while (start < utf8.length) {
      int end = indexOf(utf8, (byte) '\n', start, utf8.length);
      if (end > start && utf8[start] != '#') {
        int tab = indexOf(utf8, (byte) '\t', start, end);
        int second = tab == end ? end : indexOf(utf8, (byte) '\t', tab + 1, end);
        if (tab == end) {
          throw new IOException("not 'key TAB sources TAB used': " + text(utf8, start, end));
        } else if (second == end) {
          settings.put(text(utf8, start, tab), Double.parseDouble(text(utf8, tab + 1, end)));
        } else {
          counts.add(
              hash(utf8, start, tab),
              LexicalPriors.pack(number(utf8, tab + 1, second), number(utf8, second + 1, end)));
        }
      }
      start = end + 1;
    }
    return new PriorsText(settings, counts.build());
  }

  /** The first {@code b} from {@code from} on, or {@code to} when there is none before it. */
  private static int indexOf(byte[] text, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == b) {
        return i;
      }
    }
    return to;
  }

  private static String text(byte[] utf8, int from, int to) {
    return new String(utf8, from, to - from, StandardCharsets.UTF_8);
  }

  /** {@link HashedCounts#hash} of the chars these bytes decode to (ASCII bytes are their chars). */
  static long hash(byte[] utf8, int from, int to) {
    for (int i = from; i < to; i++) {
      if (utf8[i] < 0) {
        String key = text(utf8, from, to);
        return HashedCounts.hash(key, 0, key.length());
      }
    }
    return HashedCounts.hash(utf8, from, to);
  }

  private static long number(byte[] text, int from, int to) throws IOException {
    long n = 0;
    for (int i = from; i < to; i++) {
      int c = text[i];
      if (c < '0' || c > '9') {
        throw new IOException("not a count: " + text(text, from, to));
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
