package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts over training stories that {@link GluedFurniture} is learned from. First pass ({@link
 * #add}): for every token {@value GluedFurniture#GRAM}-gram anywhere in a story's articles (by a
 * 64-bit hash, so the millions of grams fit in primitive arrays), the stories using it and those
 * whose human summary uses it too; for every word, the same. Second pass ({@link #name}): the text
 * of the grams that recur in at least the fewest stories a table may ask for. A gram is furniture
 * when it is in at least {@code minStories} stories and at most {@code maxRate} of their summaries;
 * a rare word (in at least {@code minSource} stories) is kept by at most {@code maxRate} of the
 * summaries of the stories using it.
 */
public final class GluedCounts {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}].*");
  private final HashedTally grams = new HashedTally();
  private final Map<String, int[]> words = new HashMap<>();
  private final Map<Long, String> named = new HashMap<>();
  private final Map<Long, int[]> edges = new HashMap<>();
  private long stories;

  /** First pass: adds one story, its articles' texts and its human summary. */
  public void add(List<String> articles, String summary) {
    Set<Long> used = new HashSet<>();
    Set<String> usedWords = new HashSet<>();
    for (String article : articles) {
      List<Furniture.Token> tokens = Furniture.tokens(article);
      for (int i = 0; i + GluedFurniture.GRAM <= tokens.size(); i++) {
        used.add(hash(GluedFurniture.key(tokens, i)));
      }
      tokens.forEach(t -> usedWords.add(t.text()));
    }
    List<Furniture.Token> summaryTokens = Furniture.tokens(summary);
    Set<Long> inSummary = new HashSet<>();
    for (int i = 0; i + GluedFurniture.GRAM <= summaryTokens.size(); i++) {
      inSummary.add(hash(GluedFurniture.key(summaryTokens, i)));
    }
    Set<String> keptWords = new HashSet<>();
    summaryTokens.forEach(t -> keptWords.add(t.text()));
    for (long h : used) {
      grams.add(h, inSummary.contains(h));
    }
    for (String w : usedWords) {
      if (WORD.matcher(w).matches()) {
        int[] c = words.computeIfAbsent(w, k -> new int[2]);
        c[0]++;
        c[1] += keptWords.contains(w) ? 1 : 0;
      }
    }
    stories++;
  }

  /**
   * Second pass: names the grams of {@code articles} found in at least {@code minStories} and
   * counts their occurrences, at a sentence start and at a sentence end ({@link #edges}).
   */
  public void name(List<String> articles, int minStories) {
    for (String article : articles) {
      List<Furniture.Token> tokens = Furniture.tokens(article);
      for (int i = 0; i + GluedFurniture.GRAM <= tokens.size(); i++) {
        String key = GluedFurniture.key(tokens, i);
        long h = hash(key);
        if (grams.stories(h) >= minStories) {
          named.putIfAbsent(h, key);
          int[] e = edges(article, tokens, i);
          int[] c = edges.computeIfAbsent(h, k -> new int[3]);
          c[0]++;
          c[1] += e[1];
          c[2] += e[2];
        }
      }
    }
  }

  /**
   * Whether the gram at {@code at} opens a sentence (the text's start, after a sentence end, or
   * capitalised) and whether it closes one (the text's end, a sentence end, or before one or a
   * capital): {1, start, end}.
   */
  static int[] edges(String text, List<Furniture.Token> tokens, int at) {
    int after = at + GluedFurniture.GRAM;
    boolean start =
        at == 0
            || GluedRuns.sentenceEnd(tokens.get(at - 1))
            || Character.isUpperCase(text.charAt(tokens.get(at).start()));
    boolean end =
        after == tokens.size()
            || GluedRuns.sentenceEnd(tokens.get(after - 1))
            || GluedRuns.sentenceEnd(tokens.get(after))
            || Character.isUpperCase(text.charAt(tokens.get(after).start()));
    return new int[] {1, start ? 1 : 0, end ? 1 : 0};
  }

  /** The counts of gram {@code h}: {stories, summaries, occurrences, at a start, at an end}. */
  int[] gram(long h) {
    int[] e = edges.getOrDefault(h, new int[3]);
    return new int[] {grams.stories(h), grams.summaries(h), e[0], e[1], e[2]};
  }

  /** The counts of {@code word}: {stories, summaries}; zeros when never seen. */
  int[] word(String word) {
    return words.getOrDefault(word, new int[2]);
  }

  /** Gives every counted word with its {stories, summaries}. */
  void words(java.util.function.BiConsumer<String, int[]> each) {
    words.forEach(each);
  }

  /** The named grams by hash. */
  Map<Long, String> named() {
    return named;
  }

  /** Stories added in the first pass. */
  public long stories() {
    return stories;
  }

  /** The table these counts give (see the class comment). */
  public GluedFurniture table(int minStories, double maxRate, int minSource) {
    Map<String, Integer> table = new HashMap<>();
    named.forEach(
        (h, g) -> {
          int n = grams.stories(h);
          if (n >= minStories && grams.summaries(h) <= maxRate * n) {
            table.put(g, n);
          }
        });
    Set<String> rare = new HashSet<>();
    words.forEach(
        (w, c) -> {
          if (c[0] >= minSource && c[1] <= maxRate * c[0]) {
            rare.add(w);
          }
        });
    return new GluedFurniture(table, rare);
  }

  static long hash(String key) {
    return HashedCounts.hash(key, 0, key.length());
  }
}
