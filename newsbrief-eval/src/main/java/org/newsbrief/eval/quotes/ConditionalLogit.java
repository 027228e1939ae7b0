package org.newsbrief.eval.quotes;

import java.util.List;
import org.newsbrief.learn.LinearSystems;

/**
 * A conditional logit ranker: each group is one quotation's candidates, the probability of a
 * candidate is the softmax of the linear scores within its group, and the fit maximises the summed
 * log probability of the right candidates (several may be right) with an L2 penalty, by damped
 * Newton steps whose curvature is the within-group covariance of the features.
 */
final class ConditionalLogit {
  private static final int ITERATIONS = 40;

  private ConditionalLogit() {}

  /** One group: candidate feature rows and which are right. */
  record Group(List<double[]> rows, boolean[] right) {}

  static double[] fit(List<Group> groups, int d, double l2) {
    double[] w = new double[d];
    double last = objective(groups, w, l2);
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (Group grp : groups) {
        accumulate(grp, w, g, h);
      }
      for (int i = 0; i < d; i++) {
        g[i] -= l2 * w[i];
        h[i][i] += l2;
      }
      double[] step = LinearSystems.solve(h, g);
      double scale = 1;
      double[] next = w;
      double value = last;
      for (int tries = 0; tries < 20; tries++) {
        next = new double[d];
        for (int i = 0; i < d; i++) {
          next[i] = w[i] + scale * step[i];
        }
        value = objective(groups, next, l2);
        if (value >= last - 1e-12) {
          break;
        }
        scale /= 2;
      }
      boolean done = value - last < 1e-7 * Math.max(1, Math.abs(last));
      w = next;
      last = value;
      if (done) {
        break;
      }
    }
    return w;
  }

  private static void accumulate(Group grp, double[] w, double[] g, double[][] h) {
    int n = grp.rows().size();
    double[] p = softmax(grp, w, false);
    double[] q = softmax(grp, w, true);
    int d = w.length;
    double[] mp = new double[d];
    for (int i = 0; i < n; i++) {
      double[] x = grp.rows().get(i);
      for (int j = 0; j < d; j++) {
        mp[j] += p[i] * x[j];
        g[j] += (q[i] - p[i]) * x[j];
      }
    }
    for (int i = 0; i < n; i++) {
      double[] x = grp.rows().get(i);
      if (p[i] < 1e-9) {
        continue;
      }
      for (int a = 0; a < d; a++) {
        double xa = x[a] - mp[a];
        if (xa == 0) {
          continue;
        }
        for (int b = 0; b < d; b++) {
          h[a][b] += p[i] * xa * (x[b] - mp[b]);
        }
      }
    }
  }

  /** Candidate probabilities within the group, or within its right candidates only. */
  private static double[] softmax(Group grp, double[] w, boolean rightOnly) {
    int n = grp.rows().size();
    double[] s = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      s[i] = dot(w, grp.rows().get(i));
      if (!rightOnly || grp.right()[i]) {
        max = Math.max(max, s[i]);
      }
    }
    double z = 0;
    for (int i = 0; i < n; i++) {
      s[i] = !rightOnly || grp.right()[i] ? Math.exp(s[i] - max) : 0;
      z += s[i];
    }
    for (int i = 0; i < n; i++) {
      s[i] /= z;
    }
    return s;
  }

  private static double objective(List<Group> groups, double[] w, double l2) {
    double sum = 0;
    for (Group grp : groups) {
      double all = Double.NEGATIVE_INFINITY;
      double right = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < grp.rows().size(); i++) {
        double s = dot(w, grp.rows().get(i));
        all = logAdd(all, s);
        if (grp.right()[i]) {
          right = logAdd(right, s);
        }
      }
      sum += right - all;
    }
    double penalty = 0;
    for (double v : w) {
      penalty += v * v;
    }
    return sum - l2 / 2 * penalty;
  }

  private static double logAdd(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    double m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  static double dot(double[] w, double[] x) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }
}
