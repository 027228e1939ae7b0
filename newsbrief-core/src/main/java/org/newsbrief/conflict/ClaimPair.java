package org.newsbrief.conflict;

import java.util.List;

/**
 * A candidate disputed claim: a statement and a statement that denies a predicate it states, at the
 * looser overlap of {@link Contradictions#candidate}. For listing and hand labelling ({@code eval
 * figures --set kind=candidates}); briefings show {@code Conflict}s.
 *
 * @param affirmsArticle id of the article stating the claim
 * @param affirms the sentence stating it
 * @param deniesArticle id of the article denying it
 * @param denies the denying sentence
 * @param conflicting whether the pair passes the conflict test a shown conflict needs (overlap and
 *     same matter)
 * @param features the pair's structural features, named by {@link #featureNames()}
 */
public record ClaimPair(
    String affirmsArticle,
    String affirms,
    String deniesArticle,
    String denies,
    boolean conflicting,
    List<Double> features) {
  public ClaimPair {
    features = List.copyOf(features);
  }

  /** Names of {@link #features()}, in order. */
  public static List<String> featureNames() {
    return ClaimFeatures.NAMES;
  }
}
