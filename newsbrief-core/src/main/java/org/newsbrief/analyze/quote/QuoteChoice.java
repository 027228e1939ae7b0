package org.newsbrief.analyze.quote;

import java.util.List;

/**
 * One quotation with the speaker mentions it may be attributed to and their feature vectors ({@link
 * SpeakerFeatures#NAMES}): what the ranker scores at runtime and what training labels.
 *
 * @param rules the quotation as the ordered rules attribute it
 * @param candidates the candidate speaker mentions, in text order
 * @param features one feature vector per candidate
 */
public record QuoteChoice(
    QuoteSpan rules, List<SpeakerCandidate> candidates, List<double[]> features) {
  public QuoteChoice {
    if (candidates.size() != features.size()) {
      throw new IllegalArgumentException("one feature vector per candidate");
    }
    candidates = List.copyOf(candidates);
    features = List.copyOf(features);
  }
}
