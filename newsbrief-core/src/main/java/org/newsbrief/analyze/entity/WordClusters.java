package org.newsbrief.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    this.ids = Map.copyOf(ids);
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
   * Reads clusters written by {@link #write}.
   *
   * @throws IOException when the stream cannot be read or a line is malformed
   */
  public static WordClusters read(InputStream gz) throws IOException {
    Map<String, int[]> ids = new HashMap<>();
    int levels = -1;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split("\t");
        if (levels < 0) {
          levels = parts.length - 1;
        }
        if (parts.length - 1 != levels || levels < 1) {
          throw new IOException("malformed cluster line: " + line);
        }
        int[] row = new int[levels];
        for (int k = 0; k < levels; k++) {
          row[k] = Integer.parseInt(parts[k + 1]);
        }
        ids.put(parts[0], row);
      }
    } catch (NumberFormatException e) {
      throw new IOException("malformed cluster id", e);
    }
    return new WordClusters(ids, Math.max(levels, 0));
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
