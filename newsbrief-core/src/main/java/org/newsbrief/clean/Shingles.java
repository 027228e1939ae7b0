package org.newsbrief.clean;

import java.util.Arrays;

/**
 * The word 5-shingles of a text (every run of five consecutive words, lower-cased, punctuation
 * dropped), each hashed to 64 bits: the units in which two texts' resemblance is measured. A text
 * of fewer than five words is one shingle. Each word is hashed once (FNV-1a over its lower-cased
 * characters) and a shingle's hash combines its words' hashes with a final mix, so the same text
 * gives the same shingles on every machine.
 */
final class Shingles {
  static final int WORDS = 5;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /** The distinct shingle hashes of {@code text}, sorted; empty for a text without words. */
  static long[] of(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = FNV_OFFSET;
      for (int w = i; w < Math.min(words.length, i + WORDS); w++) {
        h = (h ^ words[w]) * FNV_PRIME;
      }
      hashes[i] = MinHashSignature.mix(h);
    }
    Arrays.sort(hashes);
    return Arrays.stream(hashes).distinct().toArray();
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

  /** One FNV-1a hash per word (run of letters and digits) of {@code text}, lower-cased. */
  private static long[] wordHashes(String text) {
    long[] hashes = new long[64];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
        }
        hashes[n++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    return Arrays.copyOf(hashes, n);
  }
}
