package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts over training stories that {@link Furniture} is learned from: for each token sequence that
 * opens a sentence (after its {@link Preamble}), the stories where it does; for each word, the
 * stories using it in their articles and those whose human summary uses it too. A sequence is
 * furniture when it opens sentences in at least {@code minStories} stories and one of its words
 * (used in at least {@code minSource} stories) is kept by at most {@code maxRate} of the summaries
 * of the stories using it, and it ends in punctuation or in a word kept by at most five times that
 * share (so it stops before the sentence it is glued to).
 */
public final class FurnitureCounts {
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?\"”])\\s+(?=[\\p{Lu}\"“(])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}].*");
  private static final double END = 5;
  private final Map<String, Integer> opening = new HashMap<>();
  private final Map<String, int[]> words = new HashMap<>();
  private long stories;

  /** Adds one story: its articles' texts and its human summary. */
  public void add(List<String> articles, String summary) {
    Set<String> opens = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (String article : articles) {
      for (String sentence : SENTENCE.split(article)) {
        List<Furniture.Token> tokens = Furniture.tokens(Preamble.cut(sentence));
        StringBuilder key = new StringBuilder();
        for (int n = 0; n < Math.min(Furniture.MAX_GRAM, tokens.size()); n++) {
          key.append(n == 0 ? "" : " ").append(tokens.get(n).text());
          opens.add(key.toString());
        }
        Furniture.tokens(sentence).forEach(t -> used.add(t.text()));
      }
    }
    Set<String> kept = new HashSet<>();
    Furniture.tokens(summary).forEach(t -> kept.add(t.text()));
    opens.forEach(g -> opening.merge(g, 1, Integer::sum));
    for (String w : used) {
      if (WORD.matcher(w).matches()) {
        int[] c = words.computeIfAbsent(w, k -> new int[2]);
        c[0]++;
        c[1] += kept.contains(w) ? 1 : 0;
      }
    }
    stories++;
  }

  /** Stories added. */
  public long stories() {
    return stories;
  }

  /** The furniture table these counts give (see the class comment). */
  public Furniture table(int minStories, double maxRate, int minSource) {
    Set<String> grams = new HashSet<>();
    opening.forEach(
        (g, n) -> {
          if (n >= minStories && rare(g, maxRate, minSource) && ends(g, maxRate * END)) {
            grams.add(g);
          }
        });
    return new Furniture(grams);
  }

  /** Whether {@code gram} ends in punctuation or a word summaries seldom keep (not in content). */
  private boolean ends(String gram, double maxRate) {
    int[] c = words.get(gram.substring(gram.lastIndexOf(' ') + 1));
    return c == null || c[1] <= maxRate * c[0];
  }

  private boolean rare(String gram, double maxRate, int minSource) {
    for (String w : gram.split(" ")) {
      int[] c = words.get(w);
      if (c != null && c[0] >= minSource && c[1] <= maxRate * c[0]) {
        return true;
      }
    }
    return false;
  }
}
