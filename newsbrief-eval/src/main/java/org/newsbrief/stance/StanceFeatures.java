package org.newsbrief.stance;

/** The feature vector of a (claim, body) pair for a {@link FeatureSet}. */
final class StanceFeatures {
  private StanceFeatures() {}

  static int count(FeatureSet set) {
    return set == FeatureSet.FULL
        ? BaselineFeatures.COUNT + CueFeatures.COUNT
        : BaselineFeatures.COUNT;
  }

  static double[] of(FeatureSet set, Claim claim, Body body, Idf idf) {
    double[] x = new double[count(set)];
    BaselineFeatures.fill(claim, body, x, 0);
    if (set == FeatureSet.FULL) {
      CueFeatures.fill(claim, body, idf, x, BaselineFeatures.COUNT);
    }
    return x;
  }
}
