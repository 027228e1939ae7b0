package org.newsbrief.analyze.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  /** Prepares {@code sentences} (each a list of tokens) with {@code clusters}. */
  public NerDocument(List<List<String>> sentences, WordClusters clusters) {
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
