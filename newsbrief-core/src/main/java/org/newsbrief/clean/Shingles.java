package org.newsbrief.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word 5-shingles of a text (every run of five consecutive words, lower-cased, punctuation
 * dropped), each hashed to 64 bits: the units in which two texts' resemblance is measured. A text
 * of fewer than five words is one shingle. The hash is FNV-1a with a final mix, so the same text
 * gives the same shingles on every machine.
 */
final class Shingles {
  static final int WORDS = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /**
   * The distinct shingle hashes of {@code text}, sorted ascending; empty for a text without words.
   */
  static long[] of(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = hash(words.subList(i, Math.min(words.size(), i + WORDS)));
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** The exact resemblance (Jaccard) of two sorted, distinct shingle sets. */
  static double resemblance(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared / (double) (a.length + b.length - shared);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static long hash(List<String> words) {
    long h = FNV_OFFSET;
    for (String w : words) {
      for (byte b : w.getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * FNV_PRIME;
      }
      h = (h ^ ' ') * FNV_PRIME;
    }
    return MinHashSignature.mix(h);
  }
}
