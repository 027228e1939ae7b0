package org.newsbrief;

import java.util.Objects;
import org.newsbrief.clean.NearDuplicates;
import org.newsbrief.cluster.StoryOptions;

/**
 * How to brief.
 *
 * @param words the summary's target length in words, or {@link #STORY_WORDS} for a length that
 *     grows with the story
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
  /** The summary length of a one-article story, the shortest default. */
  public static final int DEFAULT_WORDS = 150;

  /** The longest default summary, for a story of ten or more independent articles. */
  public static final int MAX_STORY_WORDS = 250;

  /** A word budget that grows with the story: see {@link #wordsFor}. */
  public static final int STORY_WORDS = 0;

  /** The default resemblance at which two articles count as copies of one syndicated text. */
  public static final double DEFAULT_COPY_RESEMBLANCE = NearDuplicates.DEFAULT_RESEMBLANCE;

  /** A word budget that never binds, for a summary limited by sentences only. */
  public static final int UNLIMITED_WORDS = 100_000;

  public BriefingOptions {
    if (words < 0) {
      throw new IllegalArgumentException("words must not be negative: " + words);
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

  /** Options with every default: a summary length that grows with the story. */
  public static BriefingOptions defaults() {
    return new BriefingOptions(STORY_WORDS);
  }

  /**
   * The word budget for a story of {@code independent} independent articles: the given one, or with
   * {@link #STORY_WORDS} 150 words for one article and 12 more for each further one, at most 250.
   */
  public int wordsFor(int independent) {
    if (words != STORY_WORDS) {
      return words;
    }
    return Math.min(MAX_STORY_WORDS, DEFAULT_WORDS + 12 * Math.max(0, independent - 1));
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
