package org.newsbrief.analyze.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learned from raw lower-cased news text: each known lower-cased word has a cluster
 * id at several granularities (coarse to fine). The file is gzipped text, one word a line: {@code
 * word<TAB>id<TAB>id...}.
 */
public final class WordClusters {
  private static final int[] NONE = new int[0];
  private final Map<String, int[]> ids;
  private final int levels;

  /** Clusters from a word-to-ids map; every row must have {@code levels} ids. */
  public WordClusters(Map<String, int[]> ids, int levels) {
    this(levels, Map.copyOf(ids));
  }

  /** Clusters over {@code ids} as given (a map made for this object alone and never changed). */
  private WordClusters(int levels, Map<String, int[]> ids) {
    this.ids = ids;
    this.levels = levels;
  }

  /** No clusters at all. */
  public static WordClusters empty() {
    return new WordClusters(Map.of(), 0);
  }

  /** The cluster levels each word has. */
  public int levels() {
    return levels;
  }

  /** The cluster ids of a lower-cased word, coarse first, or an empty array when unknown. */
  public int[] of(String lower) {
    return ids.getOrDefault(lower, NONE);
  }

  /**
   * Reads clusters written by {@link #write}: the gzipped text decoded at once and cut by index,
   * not by a line reader and a regular expression (a cold start reads the 40,000 shipped words).
   *
   * @throws IOException when the stream cannot be read or a line is malformed
   */
  public static WordClusters read(InputStream gz) throws IOException {
    String text;
    try (GZIPInputStream in = new GZIPInputStream(gz, 1 << 16)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, int[]> ids = new HashMap<>();
    int levels = -1;
    try {
      for (int start = 0; start < text.length(); ) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int tab = text.indexOf('\t', start);
        int fields = 0;
        for (int i = tab; i >= 0 && i < end; i = text.indexOf('\t', i + 1)) {
          fields++;
        }
        levels = levels < 0 ? fields : levels;
        if (fields != levels || levels < 1) {
          throw new IOException("malformed cluster line: " + text.substring(start, end));
        }
        int[] row = new int[levels];
        for (int k = 0, from = tab + 1; k < levels; k++) {
          int to = k + 1 < levels ? text.indexOf('\t', from) : end;
          row[k] = Integer.parseInt(text, from, to, 10);
          from = to + 1;
        }
        ids.put(text.substring(start, tab), row);
        start = end + 1;
      }
    } catch (NumberFormatException e) {
      throw new IOException("malformed cluster id", e);
    }
    return new WordClusters(Math.max(levels, 0), ids);
  }

  /** The clusters as the text {@link #read} takes (before gzip), words sorted. */
  public String write() {
    StringBuilder out = new StringBuilder();
    ids.keySet().stream()
        .sorted()
        .forEach(
            w -> {
              out.append(w);
              for (int id : of(w)) {
                out.append('\t').append(id);
              }
              out.append('\n');
            });
    return out.toString();
  }
}
