package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grows one regression tree on gradients {@code g} and hessians {@code h}: each node takes the
 * histogram split with the largest gain {@code GL²/(HL+λ) + GR²/(HR+λ) − G²/(H+λ)}, ties to the
 * lower feature and bin; leaves hold {@code −rate·G/(H+λ)}. The larger child's histograms are the
 * parent's minus the smaller child's.
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
    node(rows, histogram(rows, g, h), g, h, 0);
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

  /** Per feature and bin: gradient sum, hessian sum and row count, interleaved. */
  private double[][] histogram(int[] rows, double[] g, double[] h) {
    double[][] hist = new double[bins.features()][];
    for (int f = 0; f < hist.length; f++) {
      double[] hf = new double[3 * bins.edges[f].length];
      byte[] col = bins.bins[f];
      for (int r : rows) {
        int b = 3 * (col[r] & 0xff);
        hf[b] += g[r];
        hf[b + 1] += h[r];
        hf[b + 2]++;
      }
      hist[f] = hf;
    }
    return hist;
  }

  /** {feature, bin} of the best split, or an empty array when no split gains. */
  private int[] bestSplit(double[][] hist, double gSum, double hSum, int rows) {
    double lambda = settings.lambda();
    double parent = gSum * gSum / (hSum + lambda);
    double bestGain = 1e-9;
    int[] best = {};
    for (int f = 0; f < hist.length; f++) {
      double[] hf = hist[f];
      double gl = 0;
      double hl = 0;
      int cl = 0;
      for (int b = 0; b + 3 < hf.length; b += 3) {
        gl += hf[b];
        hl += hf[b + 1];
        cl += (int) hf[b + 2];
        if (cl < settings.minLeaf() || rows - cl < settings.minLeaf()) {
          continue;
        }
        double gr = gSum - gl;
        double gain = gl * gl / (hl + lambda) + gr * gr / (hSum - hl + lambda) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          best = new int[] {f, b / 3};
        }
      }
    }
    return best;
  }

  private int node(int[] rows, double[][] hist, double[] g, double[] h, int depth) {
    int id = feature.size();
    feature.add(-1);
    threshold.add(0.0);
    left.add(-1);
    right.add(-1);
    double gSum = 0;
    double hSum = 0;
    double[] any = hist.length == 0 ? new double[0] : hist[0];
    for (int b = 0; b < any.length; b += 3) {
      gSum += any[b];
      hSum += any[b + 1];
    }
    double lambda = settings.lambda();
    value.add((double) (float) (-settings.rate() * gSum / (hSum + lambda)));
    if (depth >= settings.depth() || rows.length < 2 * settings.minLeaf()) {
      return id;
    }
    int[] best = bestSplit(hist, gSum, hSum, rows.length);
    if (best.length == 0) {
      return id;
    }
    int bestFeature = best[0];
    int bestBin = best[1];
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
    int[] lRows = Arrays.copyOf(goLeft, nl);
    int[] rRows = Arrays.copyOf(goRight, nr);
    double[][] small = histogram(nl <= nr ? lRows : rRows, g, h);
    double[][] large = new double[hist.length][];
    for (int f = 0; f < hist.length; f++) {
      large[f] = new double[hist[f].length];
      for (int b = 0; b < large[f].length; b++) {
        large[f][b] = hist[f][b] - small[f][b];
      }
    }
    feature.set(id, bestFeature);
    threshold.set(id, bins.edges[bestFeature][bestBin]);
    left.set(id, node(lRows, nl <= nr ? small : large, g, h, depth + 1));
    right.set(id, node(rRows, nl <= nr ? large : small, g, h, depth + 1));
    return id;
  }
}
