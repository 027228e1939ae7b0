package org.newsbrief.stance;

/** Which features a stance model reads. */
public enum FeatureSet {
  /**
   * The FNC-1 official baseline's 44 features: lemma overlap, refuting words in the claim,
   * refuting-word polarity of claim and body, and claim token / character n-gram / word n-gram hits
   * in the body and its opening.
   */
  FNC1_BASELINE,
  /**
   * The baseline features plus TF-IDF cosine and negation, denial and hedging cues near claim
   * terms.
   */
  FULL
}
