package org.newsbrief.cluster;

/**
 * How the open stories are regrouped at finish (see {@link LocalRegrouper}): stories whose
 * centroids' cosine reaches {@code groupCosine} gather into coarse groups, and each group is
 * re-clustered by average linkage on {@code termShare} x the local term cosine + {@code nameShare}
 * x the local name cosine + {@code numberShare} x the local number cosine, joining pieces while
 * their mean similarity reaches {@code threshold}.
 *
 * @param groupCosine the centroid cosine at which stories gather into a coarse group, in (0, 1)
 * @param threshold the mean similarity at which two pieces of a group join
 * @param termShare the weight of the local term cosine
 * @param nameShare the weight of the local name cosine
 * @param numberShare the weight of the local number cosine
 */
public record Regrouping(
    double groupCosine, double threshold, double termShare, double nameShare, double numberShare) {
  /**
   * The group cosine chosen on the ECB+ stories dev half among 0.1, 0.15, 0.2, 0.25 (see
   * docs/notes/stories.md).
   */
  public static final double DEFAULT_GROUP_COSINE = 0.15;

  public Regrouping {
    if (!(groupCosine > 0 && groupCosine < 1)) {
      throw new IllegalArgumentException("groupCosine must be in (0, 1): " + groupCosine);
    }
    if (!Double.isFinite(threshold + termShare + nameShare + numberShare)) {
      throw new IllegalArgumentException("regrouping weights must be finite");
    }
  }

  /**
   * The shipped regrouping at {@code threshold}: group cosine {@link #DEFAULT_GROUP_COSINE}, shares
   * 0.3 terms, 0.5 names, 0.2 numbers (from the dev-half prototype).
   */
  public static Regrouping of(double threshold) {
    return new Regrouping(DEFAULT_GROUP_COSINE, threshold, 0.3, 0.5, 0.2);
  }

  /** This regrouping with coarse groups gathered at {@code value}. */
  public Regrouping withGroupCosine(double value) {
    return new Regrouping(value, threshold, termShare, nameShare, numberShare);
  }
}
