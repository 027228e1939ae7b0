package org.newsbrief.eval.cluster;

import java.util.Locale;
import java.util.Map;
import org.newsbrief.cluster.Regrouping;

/** The notes line of the {@code train cluster} manifest: how the model and linkage were made. */
final class ClusterTrainNotes {
  private ClusterTrainNotes() {}

  static String of(
      int trainOrders,
      int inner,
      InnerFolds.Choice choice,
      Regrouping linkage,
      int folds,
      Map<String, Double> dev) {
    return String.format(
        Locale.ROOT,
        "Logistic regression (Newton, L2 1) of join, merge and split decisions over pair features,"
            + " from %d seeded arrival orders (fixed seeds). Regrouping linkage: group cosine %.2f"
            + " and joining log-odds %.1f chosen by %d-fold topic CV among groups %s x log-odds %s"
            + " (pooled B-cubed F1 of the chosen cell %.4f); shares term %.3f, name %.3f, number"
            + " %.3f and threshold %.4f from a logistic regression (L2 1) over within-topic member"
            + " pairs of the coarse groups. %s",
        trainOrders,
        linkage.groupCosine(),
        choice.odds(),
        inner,
        NestedFolds.GROUPS,
        NestedFolds.ODDS,
        choice.oddsScore(),
        linkage.termShare(),
        linkage.nameShare(),
        linkage.numberShare(),
        linkage.threshold(),
        folds > 0
            ? String.format(
                Locale.ROOT,
                "Nested topic-wise %d-fold CV of this whole procedure (pair model, linkage choice"
                    + " and fit inside each outer fold): B-cubed F1 %.4f.",
                folds,
                dev.get("cv_bcubed_f1"))
            : "No nested cross-validation run.");
  }
}
