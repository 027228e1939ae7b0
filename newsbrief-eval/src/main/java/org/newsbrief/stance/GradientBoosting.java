package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Multiclass gradient boosting with softmax loss and second-order (Newton) leaves, as in XGBoost
 * and LightGBM: each round grows one depth-limited tree per class on a seeded row sample, choosing
 * splits from feature histograms. Single-threaded and seeded, so one input gives one model.
 */
final class GradientBoosting {
  private final BoostingSettings settings;

  GradientBoosting(BoostingSettings settings) {
    this.settings = settings;
  }

  BoostedTrees fit(double[][] x, int[] y, int classes) {
    int n = x.length;
    FeatureBins bins = new FeatureBins(x);
    double[] weight = new double[n];
    double[] prior = new double[classes];
    for (int r = 0; r < n; r++) {
      weight[r] = settings.classWeight(y[r]);
      prior[y[r]] += weight[r];
    }
    double total = 0;
    for (double p : prior) {
      total += p;
    }
    double[] base = new double[classes];
    for (int k = 0; k < classes; k++) {
      base[k] = (float) Math.log(Math.max(prior[k], 1e-9) / total);
    }
    double[][] score = new double[n][];
    for (int r = 0; r < n; r++) {
      score[r] = base.clone();
    }
    Random random = new Random(settings.seed());
    List<Tree> trees = new ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    TreeGrower grower = new TreeGrower(bins, settings);
    for (int round = 0; round < settings.rounds(); round++) {
      int[] sample = sample(n, random);
      double[][] p = new double[n][];
      for (int r : sample) {
        p[r] = BoostedTrees.softmax(score[r]);
      }
      for (int k = 0; k < classes; k++) {
        for (int r : sample) {
          double pk = p[r][k];
          g[r] = weight[r] * (pk - (y[r] == k ? 1 : 0));
          h[r] = weight[r] * Math.max(pk * (1 - pk), 1e-6);
        }
        Tree tree = grower.grow(sample, g, h);
        trees.add(tree);
        for (int r = 0; r < n; r++) {
          score[r][k] += tree.predict(x[r]);
        }
      }
    }
    return new BoostedTrees(classes, base, trees);
  }

  private int[] sample(int n, Random random) {
    int[] rows = new int[n];
    int size = 0;
    for (int r = 0; r < n; r++) {
      if (random.nextDouble() < settings.subsample()) {
        rows[size++] = r;
      }
    }
    return java.util.Arrays.copyOf(rows, size);
  }
}
