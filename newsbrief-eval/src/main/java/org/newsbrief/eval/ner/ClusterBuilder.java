package org.newsbrief.eval.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsbrief.analyze.entity.WordClusters;

/**
 * Learns word clusters from raw lower-cased news text (Multi-News JSON lines, gzipped, {@code
 * articles} arrays): each of the {@code vocabulary} most frequent words is described by its left
 * and right neighbours among the {@code contexts} most frequent words, weighted by positive PMI,
 * randomly projected to {@code dims} dimensions and normalised; spherical k-means then groups the
 * words at each granularity in {@code ks} (coarse to fine). Seeded, so the clusters reproduce.
 */
final class ClusterBuilder {
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}+(?:[’'.-]\\p{L}+)*\\.?|\\p{N}+(?:[.,:]\\p{N}+)*|[^\\s\\p{L}\\p{N}]");
  private final int vocabulary;
  private final int contexts;
  private final int dims;
  private final int[] ks;
  private final long seed;

  ClusterBuilder(int vocabulary, int contexts, int dims, int[] ks, long seed) {
    this.vocabulary = vocabulary;
    this.contexts = contexts;
    this.dims = dims;
    this.ks = ks.clone();
    this.seed = seed;
  }

  /** Clusters learned from the first {@code maxTokens} tokens of {@code jsonlGz}. */
  WordClusters build(Path jsonlGz, long maxTokens) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    int[] corpus = read(jsonlGz, maxTokens, ids, words);
    int[] freq = new int[words.size()];
    for (int id : corpus) {
      if (id >= 0) {
        freq[id]++;
      }
    }
    Integer[] order = new Integer[words.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> freq[b] != freq[a] ? freq[b] - freq[a] : a - b);
    int v = Math.min(vocabulary, order.length);
    int c = Math.min(contexts, order.length);
    int[] rank = new int[words.size()];
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    float[] counts = new float[v * 2 * c];
    for (int i = 0; i < corpus.length; i++) {
      int w = corpus[i] < 0 ? Integer.MAX_VALUE : rank[corpus[i]];
      if (w >= v) {
        continue;
      }
      int left = i > 0 && corpus[i - 1] >= 0 ? rank[corpus[i - 1]] : Integer.MAX_VALUE;
      int right =
          i + 1 < corpus.length && corpus[i + 1] >= 0 ? rank[corpus[i + 1]] : Integer.MAX_VALUE;
      if (left < c) {
        counts[w * 2 * c + left]++;
      }
      if (right < c) {
        counts[w * 2 * c + c + right]++;
      }
    }
    float[][] vectors = Projection.ppmiProjected(counts, v, 2 * c, dims, seed);
    Map<String, int[]> clusters = new HashMap<>();
    int[][] assign = new int[ks.length][];
    for (int level = 0; level < ks.length; level++) {
      assign[level] = Projection.kmeans(vectors, ks[level], 12, new Random(seed + level));
    }
    for (int r = 0; r < v; r++) {
      int[] row = new int[ks.length];
      for (int level = 0; level < ks.length; level++) {
        row[level] = assign[level][r];
      }
      clusters.put(words.get(order[r]), row);
    }
    return new WordClusters(clusters, ks.length);
  }

  private static int[] read(Path file, long maxTokens, Map<String, Integer> ids, List<String> words)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    int[] corpus = new int[1 << 20];
    int n = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && n < maxTokens; line = in.readLine()) {
        JsonNode root = json.readTree(line);
        for (JsonNode article : root.path("articles")) {
          Matcher m = TOKEN.matcher(article.asText().toLowerCase(Locale.ROOT));
          while (m.find() && n < maxTokens) {
            if (n + 1 >= corpus.length) {
              corpus = java.util.Arrays.copyOf(corpus, corpus.length * 2);
            }
            String w = m.group();
            Integer id = ids.get(w);
            if (id == null) {
              id = words.size();
              ids.put(w, id);
              words.add(w);
            }
            corpus[n++] = id;
          }
          corpus[n++] = -1;
        }
      }
    }
    return java.util.Arrays.copyOf(corpus, n);
  }
}
