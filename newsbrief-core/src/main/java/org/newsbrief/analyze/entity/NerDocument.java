package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A document prepared for the tagger: its sentences' tokens with their lower-cased forms, shapes
 * and word clusters, and what the whole document says about each word (is it written capitalised
 * inside a sentence somewhere, is it written in lower case somewhere).
 */
public final class NerDocument {
  final String[][] tokens;
  final String[][] lower;
  final String[][] shapes;
  final int[][][] clusters;
  final char[] caseOf;
  final boolean cased;
  final Set<String> capitalisedInside = new HashSet<>();
  final Set<String> lowerSomewhere = new HashSet<>();

  /**
   * Context aggregation (Ratinov and Roth 2009): for a word written more than once in the document,
   * the words and clusters around all its occurrences, as feature hashes (empty when once).
   */
  final long[][][] aggregate;

  private static final long[] NO_FEATURES = new long[0];

  /** At most this many aggregated context features per word. */
  static final int AGGREGATE_MAX = 24;

  /**
   * For each token, the listed names ({@link NerGazetteer}) that cover it: bit {@code 4 * type +
   * part}, part 0-3 for begin, inside, last, unit.
   */
  final int[][] listed;

  /** Prepares {@code sentences} (each a list of tokens) with {@code clusters} and no name list. */
  public NerDocument(List<List<String>> sentences, WordClusters clusters) {
    this(sentences, clusters, NerGazetteer.empty());
  }

  /** Prepares {@code sentences} (each a list of tokens) with {@code clusters} and {@code names}. */
  public NerDocument(List<List<String>> sentences, WordClusters clusters, NerGazetteer names) {
    int n = sentences.size();
    tokens = new String[n][];
    lower = new String[n][];
    shapes = new String[n][];
    this.clusters = new int[n][][];
    caseOf = new char[n];
    boolean anyUpper = false;
    for (int s = 0; s < n; s++) {
      List<String> words = sentences.get(s);
      tokens[s] = words.toArray(new String[0]);
      lower[s] = new String[words.size()];
      shapes[s] = new String[words.size()];
      this.clusters[s] = new int[words.size()][];
      int upper = 0;
      int lowerCount = 0;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        lower[s][i] = w.toLowerCase(Locale.ROOT);
        shapes[s][i] = shape(w);
        this.clusters[s][i] = clusters.of(lower[s][i]);
        if (w.chars().anyMatch(Character::isLowerCase)) {
          lowerCount++;
        } else if (w.chars().anyMatch(Character::isUpperCase)) {
          upper++;
        }
        anyUpper |= w.chars().anyMatch(Character::isUpperCase);
      }
      caseOf[s] = lowerCount == 0 && upper > 0 ? 'U' : upper == 0 ? 'L' : 'M';
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (w.isEmpty()) {
          continue;
        }
        if (Character.isLowerCase(w.charAt(0))) {
          lowerSomewhere.add(lower[s][i]);
        } else if (i > 0 && caseOf[s] == 'M' && Character.isUpperCase(w.charAt(0))) {
          capitalisedInside.add(lower[s][i]);
        }
      }
    }
    cased = anyUpper;
    aggregate = aggregate();
    listed = new int[n][];
    for (int s = 0; s < n; s++) {
      listed[s] = names.cover(lower[s]);
    }
  }

  private long[][][] aggregate() {
    Map<String, List<int[]>> where = new HashMap<>();
    for (int s = 0; s < tokens.length; s++) {
      for (int i = 0; i < tokens[s].length; i++) {
        String w = tokens[s][i];
        if (!w.isEmpty() && (cased ? Character.isUpperCase(w.charAt(0)) : w.length() > 1)) {
          where.computeIfAbsent(lower[s][i], k -> new ArrayList<>()).add(new int[] {s, i});
        }
      }
    }
    Map<String, long[]> features = new HashMap<>();
    for (Map.Entry<String, List<int[]>> e : where.entrySet()) {
      List<int[]> at = e.getValue();
      if (at.size() < 2 || at.size() > 40) {
        continue;
      }
      Set<Long> f = new LinkedHashSet<>();
      for (int[] p : at) {
        String[] lo = lower[p[0]];
        int i = p[1];
        f.add(NerFeatures.h(70, i > 0 ? lo[i - 1] : "<s>"));
        f.add(NerFeatures.h(71, i + 1 < lo.length ? lo[i + 1] : "</s>"));
        if (i > 0 && clusters[p[0]][i - 1].length > 1) {
          f.add(NerFeatures.h(72, String.valueOf(NerFeatures.middle(clusters[p[0]][i - 1]))));
        }
        if (i + 1 < lo.length && clusters[p[0]][i + 1].length > 1) {
          f.add(NerFeatures.h(73, String.valueOf(NerFeatures.middle(clusters[p[0]][i + 1]))));
        }
        if (f.size() >= AGGREGATE_MAX) {
          break;
        }
      }
      long[] row = new long[Math.min(f.size(), AGGREGATE_MAX)];
      int k = 0;
      for (long x : f) {
        if (k < row.length) {
          row[k++] = x;
        }
      }
      features.put(e.getKey(), row);
    }
    long[][][] out = new long[tokens.length][][];
    for (int s = 0; s < tokens.length; s++) {
      out[s] = new long[tokens[s].length][];
      for (int i = 0; i < tokens[s].length; i++) {
        out[s][i] = features.getOrDefault(lower[s][i], NO_FEATURES);
      }
    }
    return out;
  }

  /** How many sentences. */
  public int size() {
    return tokens.length;
  }

  /** How many tokens sentence {@code s} has. */
  public int length(int s) {
    return tokens[s].length;
  }

  /** A word's shape: upper 'X', lower 'x', digit 'd', others kept; runs cut at two. */
  static String shape(String word) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length() && b.length() < 12; i++) {
      char c = word.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = k == last ? run + 1 : 1;
      last = k;
      if (run <= 2) {
        b.append(k);
      }
    }
    return b.toString();
  }
}
