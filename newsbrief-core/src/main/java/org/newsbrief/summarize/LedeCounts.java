package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts over training stories that {@link LedeCut} is learned from: for each token sequence (up to
 * {@value LedeCut#MAX_LABEL} tokens) opening a sentence, the stories where it does and those whose
 * human summary holds it; for each word, the stories using it and those whose summary keeps it, and
 * how often it occurs, opens a sentence and ends one (before the closing punctuation).
 */
public final class LedeCounts {
  static final Pattern SENTENCE = Pattern.compile("(?<=[.!?\"”])\\s+(?=[\\p{Lu}\"“(])");
  private final Map<String, int[]> opening = new HashMap<>();
  private final Map<String, int[]> words = new HashMap<>();
  private long stories;

  /** The tokens of the sentences of {@code article}, as the counts see them. */
  public static List<List<String>> sentences(String article) {
    List<List<String>> out = new ArrayList<>();
    for (String s : SENTENCE.split(article)) {
      out.add(Furniture.tokens(Preamble.cut(s)).stream().map(Furniture.Token::text).toList());
    }
    return out;
  }

  /** Adds one story: its articles' texts and its human summary. */
  public void add(List<String> articles, String summary) {
    Set<String> opens = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (String article : articles) {
      for (List<String> t : sentences(article)) {
        StringBuilder key = new StringBuilder();
        for (int n = 0; n < Math.min(LedeCut.MAX_LABEL, t.size()); n++) {
          key.append(n == 0 ? "" : " ").append(t.get(n));
          opens.add(key.toString());
        }
        used.addAll(t);
        for (String w : t) {
          counts(w)[2]++;
        }
        if (!t.isEmpty()) {
          counts(t.get(0))[3]++;
          int last = t.size() - 1;
          while (last > 0 && !word(t.get(last))) {
            last--;
          }
          counts(t.get(last))[4]++;
        }
      }
    }
    List<String> kept = Furniture.tokens(summary).stream().map(Furniture.Token::text).toList();
    String joined = " " + String.join(" ", kept) + " ";
    for (String g : opens) {
      int[] c = opening.computeIfAbsent(g, k -> new int[2]);
      c[0]++;
      c[1] += joined.contains(" " + g + " ") ? 1 : 0;
    }
    Set<String> keptSet = new HashSet<>(kept);
    for (String w : used) {
      int[] c = counts(w);
      c[0]++;
      c[1] += keptSet.contains(w) ? 1 : 0;
    }
    stories++;
  }

  private int[] counts(String w) {
    return words.computeIfAbsent(w, k -> new int[5]);
  }

  static boolean word(String token) {
    return Character.isLetterOrDigit(token.charAt(0));
  }

  /** Stories added. */
  public long stories() {
    return stories;
  }

  /**
   * The labels: sequences opening sentences in at least {@code minStories} stories, found in at
   * most {@code maxRate} of their summaries, holding a word (of two letters or more, used in at
   * least {@code minSource} stories) that at most {@code wordRate} of the summaries keep, or one
   * word and a colon or a bar; a label ends in punctuation or in a word kept by at most five times
   * {@code wordRate} of the summaries (so "image caption the" is no label, "image caption" is).
   */
  public Set<String> labels(int minStories, double maxRate, double wordRate, int minSource) {
    Set<String> out = new HashSet<>();
    opening.forEach(
        (g, c) -> {
          if (c[0] >= minStories
              && c[1] <= maxRate * c[0]
              && furniture(g, wordRate, minSource)
              && ends(g, 5 * wordRate)) {
            out.add(g);
          }
        });
    return out;
  }

  private boolean ends(String gram, double wordRate) {
    String last = gram.substring(gram.lastIndexOf(' ') + 1);
    int[] c = words.get(last);
    return !word(last) || c != null && c[1] <= wordRate * c[0];
  }

  private boolean furniture(String gram, double wordRate, int minSource) {
    String[] tokens = gram.split(" ");
    if (tokens.length == 2 && word(tokens[0]) && (tokens[1].equals(":") || tokens[1].equals("|"))) {
      return true;
    }
    for (String w : tokens) {
      int[] c = words.get(w);
      if (w.length() > 1 && word(w) && c != null && c[0] >= minSource && c[1] <= wordRate * c[0]) {
        return true;
      }
    }
    return false;
  }

  /** Each word occurring at least {@code min} times: log-odds that it opens and ends a sentence. */
  public Map<String, double[]> wordOdds(int min) {
    Map<String, double[]> out = new HashMap<>();
    words.forEach(
        (w, c) -> {
          if (c[2] >= min) {
            out.put(w, new double[] {odds(c[3], c[2]), odds(c[4], c[2])});
          }
        });
    return out;
  }

  private static double odds(int hits, int total) {
    return Math.log((hits + 0.5) / (total + 5.0));
  }
}
