package org.newsbrief;

/**
 * How to brief.
 *
 * @param words the summary's target length in words
 */
public record BriefingOptions(int words) {
  /** The default summary length. */
  public static final int DEFAULT_WORDS = 150;

  public BriefingOptions {
    if (words <= 0) {
      throw new IllegalArgumentException("words must be positive: " + words);
    }
  }

  /** Options with every default. */
  public static BriefingOptions defaults() {
    return new BriefingOptions(DEFAULT_WORDS);
  }
}
