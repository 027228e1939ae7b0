package org.newsbrief.summarize;

/**
 * When another article's sentence states a summary sentence's fact: it shares words carrying at
 * least {@code minShared} of the rarity weight of the shorter of the two, or its meaning (the
 * rarity-weighted mean of its {@link WordVectors}) has a cosine of at least {@code minCosine} with
 * the summary sentence's while they share at least {@code floor} of that weight.
 *
 * @param minShared the share of word weight that alone makes support
 * @param minCosine the cosine of meaning that makes support with {@code floor} (above 1: never)
 * @param floor the share of word weight support by meaning still needs
 * @param vectors the word vectors (none: words alone)
 */
public record SupportRule(double minShared, double minCosine, double floor, WordVectors vectors) {
  /** Words alone, as before session 5: 35% of the word weight (chosen on hand labels). */
  public static final double WORDS_ONLY_SHARE = 0.35;

  /** Words alone at {@code minShared}. */
  public static SupportRule wordsOnly(double minShared) {
    return new SupportRule(minShared, 2, 1, WordVectors.none());
  }

  /**
   * Cosine of meaning that makes support, chosen with {@link #MEANING_FLOOR} on the even-numbered
   * labelled stories by F1 (docs/labels/summary-support-*.tsv; ties to the higher floor).
   */
  public static final double MEANING_COSINE = 0.60;

  /** The share of word weight support by meaning still needs. */
  public static final double MEANING_FLOOR = 0.05;

  /** The shipped rule: words, or meaning by the shipped vectors. */
  public static SupportRule shipped() {
    return new SupportRule(WORDS_ONLY_SHARE, MEANING_COSINE, MEANING_FLOOR, WordVectors.shipped());
  }

  boolean usesMeaning() {
    return minCosine <= 1 && vectors.size() > 0;
  }
}
