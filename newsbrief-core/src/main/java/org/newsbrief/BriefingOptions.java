package org.newsbrief;

import java.util.Objects;
import org.newsbrief.clean.NearDuplicates;
import org.newsbrief.cluster.StoryOptions;

/**
 * How to brief.
 *
 * @param words the summary's target length in words
 * @param sentences the most sentences the summary may have, or 0 for no limit
 * @param duplicateResemblance the resemblance (Jaccard of word 5-shingles, in (0, 1]) at which two
 *     articles count as copies of one syndicated text
 * @param stories how a mixed corpus is split into stories
 * @param languages whether to detect the language of an article whose page declares none (only the
 *     JSON briefing shows it; the detector's model is the slowest to load on a cold start)
 */
public record BriefingOptions(
    int words,
    int sentences,
    double duplicateResemblance,
    StoryOptions stories,
    boolean languages) {
  /** The default summary length. */
  public static final int DEFAULT_WORDS = 150;

  /** The default resemblance at which two articles count as copies of one syndicated text. */
  public static final double DEFAULT_COPY_RESEMBLANCE = NearDuplicates.DEFAULT_RESEMBLANCE;

  /** A word budget that never binds, for a summary limited by sentences only. */
  public static final int UNLIMITED_WORDS = 100_000;

  public BriefingOptions {
    if (words <= 0) {
      throw new IllegalArgumentException("words must be positive: " + words);
    }
    if (sentences < 0) {
      throw new IllegalArgumentException("sentences must not be negative: " + sentences);
    }
    if (!(duplicateResemblance > 0 && duplicateResemblance <= 1)) {
      throw new IllegalArgumentException(
          "duplicateResemblance must be in (0, 1]: " + duplicateResemblance);
    }
    Objects.requireNonNull(stories, "stories");
  }

  /** Options that detect languages. */
  public BriefingOptions(
      int words, int sentences, double duplicateResemblance, StoryOptions stories) {
    this(words, sentences, duplicateResemblance, stories, true);
  }

  /** Options with a duplicate threshold and default story clustering. */
  public BriefingOptions(int words, int sentences, double duplicateResemblance) {
    this(words, sentences, duplicateResemblance, StoryOptions.defaults());
  }

  /** Options with a word budget, a sentence limit and default copies and stories. */
  public BriefingOptions(int words, int sentences) {
    this(words, sentences, DEFAULT_COPY_RESEMBLANCE);
  }

  /** Options with a word budget and no sentence limit. */
  public BriefingOptions(int words) {
    this(words, 0);
  }

  /** Options with every default. */
  public static BriefingOptions defaults() {
    return new BriefingOptions(DEFAULT_WORDS);
  }

  /** These options with story clustering by {@code value}. */
  public BriefingOptions withStories(StoryOptions value) {
    return new BriefingOptions(words, sentences, duplicateResemblance, value, languages);
  }

  /** These options detecting the language of undeclared articles ({@code value}) or not. */
  public BriefingOptions withLanguages(boolean value) {
    return new BriefingOptions(words, sentences, duplicateResemblance, stories, value);
  }
}
