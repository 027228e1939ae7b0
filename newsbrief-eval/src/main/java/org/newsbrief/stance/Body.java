package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A body analysed once and then compared with many claims: tokens, stems, sentences, and sorted
 * hash sets of its character and word n-grams (whole body and its opening). Not thread-safe: one
 * thread analyses a body and compares it with its claims.
 */
final class Body {
  /** The baseline's "early" window: the first 255 characters of the cleaned body. */
  static final int EARLY = 255;

  /** The baseline's "first" window for character n-grams. */
  static final int FIRST = 100;

  static final int[] CHAR_GRAMS = {2, 8, 4, 16};
  static final int[] WORD_GRAMS = {2, 3, 4, 5, 6};
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’]?\\s+|\\n+");

  final List<String> tokens;
  final List<String> stems;
  final String clean;
  final Set<String> tokenSet;
  final Set<String> earlyTokens;
  final Set<String> stemSet;
  final Map<String, Integer> stemCounts = new HashMap<>();
  final List<List<String>> sentences = new ArrayList<>();

  /** The stems of each sentence, as sets. */
  final List<Set<String>> sentenceStems = new ArrayList<>();

  private @Nullable Idf normIdf;
  private double norm;

  /** Sorted hashes of the body's character n-grams, for each size in {@link #CHAR_GRAMS}. */
  final long[][] charGrams = new long[CHAR_GRAMS.length][];

  /** Sorted hashes of the body's word n-grams, for each size in {@link #WORD_GRAMS}. */
  final long[][] wordGrams = new long[WORD_GRAMS.length][];

  /** The same for the opening {@link #EARLY} characters. */
  final long[][] earlyWordGrams = new long[WORD_GRAMS.length][];

  Body(String text) {
    this.tokens = Words.tokens(text);
    this.stems = Words.stems(tokens);
    this.clean = String.join(" ", tokens);
    this.tokenSet = new HashSet<>(tokens);
    this.stemSet = new HashSet<>(stems);
    List<String> early = Words.tokens(clean.substring(0, Math.min(EARLY, clean.length())));
    this.earlyTokens = new HashSet<>(early);
    for (String s : stems) {
      stemCounts.merge(s, 1, Integer::sum);
    }
    for (String sentence : SENTENCE_END.split(text)) {
      List<String> words = Words.stems(Words.tokens(sentence));
      if (!words.isEmpty()) {
        sentences.add(words);
        sentenceStems.add(new HashSet<>(words));
      }
    }
    for (int g = 0; g < CHAR_GRAMS.length; g++) {
      int n = CHAR_GRAMS[g];
      long[] grams = new long[Math.max(0, clean.length() - n + 1)];
      for (int i = 0; i < grams.length; i++) {
        grams[i] = Words.hash(clean, i, i + n);
      }
      charGrams[g] = sorted(grams);
    }
    for (int g = 0; g < WORD_GRAMS.length; g++) {
      wordGrams[g] = wordGrams(tokens, WORD_GRAMS[g]);
      earlyWordGrams[g] = wordGrams(early, WORD_GRAMS[g]);
    }
  }

  private static long[] wordGrams(List<String> tokens, int n) {
    long[] grams = new long[Math.max(0, tokens.size() - n + 1)];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = Words.hash(tokens, i, i + n);
    }
    return sorted(grams);
  }

  private static long[] sorted(long[] values) {
    return Arrays.stream(values).sorted().distinct().toArray();
  }

  /** The Euclidean norm of the body's TF-IDF vector, computed once per IDF table. */
  double norm(Idf idf) {
    if (normIdf != idf) {
      double sum = 0;
      for (Map.Entry<String, Integer> e : stemCounts.entrySet()) {
        double w = e.getValue() * idf.weight(e.getKey());
        sum += w * w;
      }
      norm = Math.sqrt(sum);
      normIdf = idf;
    }
    return norm;
  }

  static boolean contains(long[] sortedSet, long key) {
    return Arrays.binarySearch(sortedSet, key) >= 0;
  }
}
