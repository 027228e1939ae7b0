package org.newsbrief.analyze.entity;

/**
 * The tagger's features for one token, as 64-bit hashes of (template, value): the word, its shape,
 * affixes and clusters, a window of two words each side, the two tags before it, where the sentence
 * is and how it is cased, and what the rest of the document says about the word (written
 * capitalised inside a sentence elsewhere, in lower case elsewhere, the type given to it earlier,
 * the words around its other occurrences), and which listed names ({@link NerGazetteer}) cover it.
 * Every feature is given twice: once shared, once conjoined with whether the document is written in
 * mixed case or all in lower case, so that one model serves both without the lower-cased text
 * blurring what capitals say. One code path for training and tagging.
 */
public final class NerFeatures {
  /** The most features a token can have. */
  public static final int MAX = 2 * (130 + NerDocument.AGGREGATE_MAX);

  /** The most features {@link #moving} writes. */
  public static final int MOVING_MAX = 2 * 7;

  private static final String START = "<s>";
  private static final String END = "</s>";

  private NerFeatures() {}

  /** How many per-token keys {@link #moving} combines with the tags before the token. */
  public static final int KEYS = 7;

  /**
   * Writes the features of token {@code i} of sentence {@code s} that do not depend on the tags
   * before it into {@code out} and returns how many there are; writes into {@code keys} the token's
   * part of the features that do ({@link #moving}).
   *
   * @param history the type the first pass gave most often to this word elsewhere in the document
   *     (0-3), 4 for O, -1 when it is nowhere else, -2 in the first pass
   */
  public static int fixed(NerDocument d, int s, int i, int history, long[] out, long[] keys) {
    String[] lo = d.lower[s];
    String[] sh = d.shapes[s];
    String w = lo[i];
    String shape = sh[i];
    String lm1 = i > 0 ? lo[i - 1] : START;
    String lp1 = i + 1 < lo.length ? lo[i + 1] : END;
    String lm2 = i > 1 ? lo[i - 2] : START;
    String lp2 = i + 2 < lo.length ? lo[i + 2] : END;
    String sm1 = i > 0 ? sh[i - 1] : START;
    String sp1 = i + 1 < sh.length ? sh[i + 1] : END;
    char sentenceCase = d.caseOf[s];
    int n = 0;
    out[n++] = h(1, "");
    out[n++] = h(2, w);
    if (!d.tokens[s][i].equals(w)) {
      out[n++] = h(3, d.tokens[s][i]);
    }
    out[n++] = h(4, lm1);
    out[n++] = h(5, lp1);
    out[n++] = h(6, lm2);
    out[n++] = h(7, lp2);
    out[n++] = h(8, shape);
    out[n++] = h(9, sm1, shape);
    out[n++] = h(10, shape, sp1);
    out[n++] = h(11, sm1 + " " + shape, sp1);
    for (int k = 1; k <= 4 && k < w.length(); k++) {
      out[n++] = h(11 + k, w.substring(0, k));
      out[n++] = h(15 + k, w.substring(w.length() - k));
    }
    out[n++] = h(20, lm1, w);
    out[n++] = h(21, w, lp1);
    n = clusters(d.clusters[s], i, n, out);
    int[] cl = d.clusters[s][i];
    if (cl.length > 1) {
      out[n++] = h(44, middle(cl) + " " + shape);
    }
    out[n++] = h(34, i == 0 ? "first" : i + 1 == lo.length ? "last" : "mid", shape);
    out[n++] = h(35, String.valueOf(sentenceCase), shape);
    out[n++] = h(36, String.valueOf(sentenceCase), w);
    boolean inside = d.capitalisedInside.contains(w);
    boolean lowered = d.lowerSomewhere.contains(w);
    out[n++] = h(37, (inside ? "C" : "c") + (lowered ? "L" : "l"), shape);
    String hist = String.valueOf(history);
    out[n++] = h(39, hist);
    out[n++] = h(40, hist, shape);
    if (history >= -1) {
      out[n++] = h(42, hist, w);
      out[n++] = h(43, hist + " " + sentenceCase, shape);
    }
    int listed = d.listed[s][i];
    if (listed != 0) {
      out[n++] = h(81, Integer.toHexString(listed & 0xFFFF));
      if ((listed >>> 16) != 0) {
        out[n++] = h(82, Integer.toHexString(listed >>> 16));
      }
      for (int b = 0; b < 32; b++) {
        if ((listed & (1 << b)) != 0) {
          out[n++] = h(80, String.valueOf(b));
        }
      }
    }
    for (long x : d.aggregate[s][i]) {
      out[n++] = x;
    }
    keys[0] = h(30, "");
    keys[1] = h(31, "");
    keys[2] = h(32, w);
    keys[3] = h(33, shape);
    keys[4] = h(38, (inside ? "C" : "c") + (lowered ? "L" : "l") + sentenceCase);
    keys[5] = h(41, hist);
    keys[6] = cl.length > 1 ? h(45, String.valueOf(middle(cl))) : 0;
    return salted(d, out, n);
  }

  /**
   * Writes the features of a token that join its {@code keys} (from {@link #fixed}) with the tags
   * before it into {@code out} and returns how many there are.
   *
   * @param prev the tag of token i-1 (-1 before the sentence)
   * @param prev2 the tag of token i-2 (-1 before the sentence)
   */
  public static int moving(NerDocument d, long[] keys, int prev, int prev2, long[] out) {
    int n = 0;
    long p = (prev + 2) * 0xD6E8FEB86659FD93L;
    out[n++] = mix(keys[0] + p);
    out[n++] = mix(keys[1] + p + (prev2 + 2) * 0x9E3779B97F4A7C15L);
    for (int k = 2; k < KEYS; k++) {
      if (keys[k] != 0) {
        out[n++] = mix(keys[k] + p);
      }
    }
    return salted(d, out, n);
  }

  /** Adds each of {@code out[0..n)} again, joined with how the document is cased. */
  private static int salted(NerDocument d, long[] out, int n) {
    long salt = d.cased ? 0x5DEECE66DL : 0x2545F4914F6CDD1DL;
    for (int k = 0; k < n; k++) {
      out[n + k] = mix(out[k] ^ salt);
    }
    return 2 * n;
  }

  private static int clusters(int[][] c, int i, int n, long[] out) {
    int[] here = c[i];
    for (int k = 0; k < here.length; k++) {
      out[n++] = h(50, k, here[k]);
    }
    if (here.length == 0) {
      out[n++] = h(49, "");
    }
    if (i > 0) {
      int[] left = c[i - 1];
      for (int k = 0; k < left.length; k++) {
        out[n++] = h(51, k, left[k]);
      }
    }
    if (i + 1 < c.length) {
      int[] right = c[i + 1];
      for (int k = 0; k < right.length; k++) {
        out[n++] = h(52, k, right[k]);
      }
    }
    if (here.length > 0 && i > 0 && c[i - 1].length > 0) {
      out[n++] = h(62, c[i - 1][0], here[here.length - 1]);
    }
    if (here.length > 0 && i + 1 < c.length && c[i + 1].length > 0) {
      out[n++] = h(63, here[here.length - 1], c[i + 1][0]);
    }
    return n;
  }

  /** The middle level of a word's clusters (-1 when it has none). */
  static int middle(int[] clusters) {
    return clusters.length == 0 ? -1 : clusters[clusters.length / 2];
  }

  /** The hash of (template, a, b) for two numbers. */
  static long h(int template, int a, int b) {
    return mix(mix(template * 0x9E3779B97F4A7C15L + a) ^ (b * 0xC2B2AE3D27D4EB4FL + 0x165667B1L));
  }

  static long h(int template, String a) {
    long x = 0xcbf29ce484222325L ^ (template * 0x9E3779B97F4A7C15L);
    for (int k = 0; k < a.length(); k++) {
      x = (x ^ a.charAt(k)) * 0x100000001b3L;
    }
    return mix(x);
  }

  static long h(int template, String a, String b) {
    long x = h(template, a);
    x = (x ^ 0x1F) * 0x100000001b3L;
    for (int k = 0; k < b.length(); k++) {
      x = (x ^ b.charAt(k)) * 0x100000001b3L;
    }
    return mix(x);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
