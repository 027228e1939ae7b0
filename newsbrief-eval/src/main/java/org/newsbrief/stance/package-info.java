/**
 * Stance: does a body of text agree with a claim, disagree with it, merely discuss it, or is it
 * unrelated? {@link org.newsbrief.stance.StanceClassifier} scores a (claim, body) pair with
 * gradient-boosted trees over word-overlap, n-gram, TF-IDF and negation/denial/hedging cue features
 * (the FNC-1 official baseline features plus newsbrief's own). The shipped model is a small text
 * resource trained on the FNC-1 training bodies; {@code newsbrief eval stance --set train=FILE}
 * rebuilds it byte for byte.
 */
@NullMarked
package org.newsbrief.stance;

import org.jspecify.annotations.NullMarked;
