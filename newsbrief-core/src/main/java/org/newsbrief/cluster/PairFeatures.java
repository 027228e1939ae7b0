package org.newsbrief.cluster;

/**
 * What the learned join model sees of an article and a candidate story: the cosines of each field
 * (body terms, headline terms, names, numbers) with the story's sums and the story's size. All are
 * known online: the story holds only articles already seen. Time is not a feature (ECB+ has dates
 * only in one subcorpus' datelines, so a learned time weight would learn the format): the caller
 * scales the probability by {@link StoryOptions#timeFactor} as the cosine rule does.
 */
final class PairFeatures {
  /** Feature names, in vector order; the first is the constant. */
  static final String[] NAMES = {
    "bias", "body", "title", "names", "numbers", "log_size", "names_new", "names_absent"
  };

  private PairFeatures() {}

  /**
   * The names cosine, or the body cosine in its place when one side has no names (lower-cased
   * text): a missing field should not read as a mismatch.
   */
  private static double orBody(boolean missing, double names, double body) {
    return missing ? body : names;
  }

  /** Days between the spans of two stories (0 when they overlap or a date is unknown). */
  static long gapDays(ActiveStory a, ActiveStory b) {
    return Math.min(a.gapDays(b.first()), a.gapDays(b.last()));
  }

  /** The features of {@code a} against {@code story}, which {@code a} is not a member of. */
  static double[] of(ArticleFeatures a, ActiveStory story) {
    return new double[] {
      1,
      story.termCosine(a.terms()),
      story.titles().cosine(a.titleTerms()),
      orBody(
          a.names().isEmpty() || story.names().isEmpty(),
          story.names().cosine(a.names()),
          story.termCosine(a.terms())),
      story.numbers().cosine(a.numbers()),
      Math.log1p(story.size()),
      story.names().newShare(a.names()),
      story.names().absentShare(a.names())
    };
  }

  /** The features of member {@code a} against the rest of its own {@code story}. */
  static double[] without(ArticleFeatures a, ActiveStory story) {
    return new double[] {
      1,
      story.termCosineWithout(a.terms()),
      story.titles().cosineWithout(a.titleTerms()),
      orBody(
          a.names().isEmpty() || story.names().isEmpty(),
          story.names().cosineWithout(a.names()),
          story.termCosineWithout(a.terms())),
      story.numbers().cosineWithout(a.numbers()),
      Math.log1p(story.size() - 1.0),
      story.names().newShareWithout(a.names()),
      story.names().absentShareWithout(a.names())
    };
  }

  /**
   * The features of two open stories for a merge: the same fields between their sums and the size
   * of the smaller.
   */
  static double[] stories(ActiveStory a, ActiveStory b) {
    return new double[] {
      1,
      a.centroidCosine(b),
      a.titles().cosine(b.titles()),
      orBody(
          a.names().isEmpty() || b.names().isEmpty(),
          a.names().cosine(b.names()),
          a.centroidCosine(b)),
      a.numbers().cosine(b.numbers()),
      Math.log1p(Math.min(a.size(), b.size())),
      small(a, b).names().absentShare(large(a, b).names()),
      large(a, b).names().absentShare(small(a, b).names())
    };
  }

  private static ActiveStory small(ActiveStory a, ActiveStory b) {
    return b.size() < a.size() ? b : a;
  }

  private static ActiveStory large(ActiveStory a, ActiveStory b) {
    return small(a, b) == a ? b : a;
  }
}
