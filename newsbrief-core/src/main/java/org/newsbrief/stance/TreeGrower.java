package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grows one regression tree on gradients {@code g} and hessians {@code h}: each node takes the
 * histogram split with the largest gain {@code GL²/(HL+λ) + GR²/(HR+λ) − G²/(H+λ)}, ties to the
 * lower feature and bin; leaves hold {@code −rate·G/(H+λ)}.
 */
final class TreeGrower {
  private final FeatureBins bins;
  private final BoostingSettings settings;
  private final List<Integer> feature = new ArrayList<>();
  private final List<Double> threshold = new ArrayList<>();
  private final List<Integer> left = new ArrayList<>();
  private final List<Integer> right = new ArrayList<>();
  private final List<Double> value = new ArrayList<>();

  TreeGrower(FeatureBins bins, BoostingSettings settings) {
    this.bins = bins;
    this.settings = settings;
  }

  Tree grow(int[] rows, double[] g, double[] h) {
    feature.clear();
    threshold.clear();
    left.clear();
    right.clear();
    value.clear();
    node(rows, g, h, 0);
    int n = feature.size();
    int[] f = new int[n];
    double[] t = new double[n];
    int[] l = new int[n];
    int[] r = new int[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = feature.get(i);
      t[i] = threshold.get(i);
      l[i] = left.get(i);
      r[i] = right.get(i);
      v[i] = value.get(i);
    }
    return new Tree(f, t, l, r, v);
  }

  private int node(int[] rows, double[] g, double[] h, int depth) {
    int id = feature.size();
    feature.add(-1);
    threshold.add(0.0);
    left.add(-1);
    right.add(-1);
    double gSum = 0;
    double hSum = 0;
    for (int r : rows) {
      gSum += g[r];
      hSum += h[r];
    }
    value.add((double) (float) (-settings.rate() * gSum / (hSum + settings.lambda())));
    if (depth >= settings.depth() || rows.length < 2 * settings.minLeaf()) {
      return id;
    }
    double parent = gSum * gSum / (hSum + settings.lambda());
    double bestGain = 1e-9;
    int bestFeature = -1;
    int bestBin = -1;
    for (int f = 0; f < bins.features(); f++) {
      int nb = bins.edges[f].length;
      double[] gh = new double[nb];
      double[] hh = new double[nb];
      int[] ch = new int[nb];
      byte[] col = bins.bins[f];
      for (int r : rows) {
        int b = col[r] & 0xff;
        gh[b] += g[r];
        hh[b] += h[r];
        ch[b]++;
      }
      double gl = 0;
      double hl = 0;
      int cl = 0;
      for (int b = 0; b < nb - 1; b++) {
        gl += gh[b];
        hl += hh[b];
        cl += ch[b];
        int cr = rows.length - cl;
        if (cl < settings.minLeaf() || cr < settings.minLeaf()) {
          continue;
        }
        double gr = gSum - gl;
        double hr = hSum - hl;
        double gain =
            gl * gl / (hl + settings.lambda()) + gr * gr / (hr + settings.lambda()) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) {
      return id;
    }
    byte[] col = bins.bins[bestFeature];
    int[] goLeft = new int[rows.length];
    int[] goRight = new int[rows.length];
    int nl = 0;
    int nr = 0;
    for (int r : rows) {
      if ((col[r] & 0xff) <= bestBin) {
        goLeft[nl++] = r;
      } else {
        goRight[nr++] = r;
      }
    }
    feature.set(id, bestFeature);
    threshold.set(id, bins.edges[bestFeature][bestBin]);
    left.set(id, node(Arrays.copyOf(goLeft, nl), g, h, depth + 1));
    right.set(id, node(Arrays.copyOf(goRight, nr), g, h, depth + 1));
    return id;
  }
}
