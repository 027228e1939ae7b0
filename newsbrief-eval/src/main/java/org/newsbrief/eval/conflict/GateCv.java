package org.newsbrief.eval.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsbrief.learn.NewtonRegression;

/**
 * Cross-validation of a learned claim gate grouped by story: logistic regression over the pair
 * features of candidate disputed claims, each pair scored by a model that never saw its story, and
 * the scores read at the level a briefing shows (a denial is shown when one of its pairs passes).
 */
final class GateCv {
  private GateCv() {}

  /** One labelled pair: its story, its denial's key, its features and its label (1 = real). */
  record Row(String story, String denial, double[] x, int y) {}

  /** Shown denials at one threshold: kept and real among them, against all denials and real. */
  record Point(int keptReal, int kept, int real, int denials) {
    double precision() {
      return kept == 0 ? 0 : keptReal / (double) kept;
    }

    double recall() {
      return real == 0 ? 0 : keptReal / (double) real;
    }
  }

  /**
   * Each row's P(real) from a model fitted on the other folds' stories ({@code folds} folds of the
   * stories shuffled by {@code seed}); features standardised over all rows, L2 {@code l2}.
   */
  static double[] outOfFold(List<Row> rows, int folds, long seed, double l2) {
    List<String> stories = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::story).toList()));
    java.util.Collections.shuffle(stories, new Random(seed));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      fold.put(stories.get(i), i % folds);
    }
    int[] foldOf = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      foldOf[r] = fold.getOrDefault(rows.get(r).story(), 0);
    }
    List<double[]> x = standardised(rows);
    double[] p = new double[rows.size()];
    for (int f = 0; f < folds; f++) {
      List<double[]> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (foldOf[r] != f) {
          tx.add(x.get(r));
          ty.add((double) rows.get(r).y());
        }
      }
      if (tx.isEmpty()) {
        continue;
      }
      double[] w = NewtonRegression.logistic(tx, ty, l2);
      for (int r = 0; r < rows.size(); r++) {
        if (foldOf[r] == f) {
          p[r] = NewtonRegression.logistic(NewtonRegression.dot(w, x.get(r)));
        }
      }
    }
    return p;
  }

  /** Rows with a leading constant 1 and every feature standardised (a constant one becomes 0). */
  private static List<double[]> standardised(List<Row> rows) {
    int d = rows.get(0).x().length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (Row r : rows) {
      for (int i = 0; i < d; i++) {
        mean[i] += r.x()[i] / rows.size();
      }
    }
    for (Row r : rows) {
      for (int i = 0; i < d; i++) {
        sd[i] += Math.pow(r.x()[i] - mean[i], 2) / rows.size();
      }
    }
    List<double[]> out = new ArrayList<>();
    for (Row r : rows) {
      double[] z = new double[d + 1];
      z[0] = 1;
      for (int i = 0; i < d; i++) {
        z[i + 1] = sd[i] < 1e-12 ? 0 : (r.x()[i] - mean[i]) / Math.sqrt(sd[i]);
      }
      out.add(z);
    }
    return out;
  }

  /** Denials of the rows {@code which} selects, a denial shown when a pair scores {@code >= t}. */
  static Point at(List<Row> rows, double[] p, double t, Predicate<Row> which) {
    Map<String, int[]> denials = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (!which.test(row)) {
        continue;
      }
      int[] d = denials.computeIfAbsent(row.story() + "\t" + row.denial(), k -> new int[2]);
      d[0] = Math.max(d[0], p[r] >= t ? 1 : 0);
      d[1] = Math.max(d[1], row.y());
    }
    int keptReal = 0;
    int kept = 0;
    int real = 0;
    for (int[] d : denials.values()) {
      kept += d[0];
      keptReal += d[0] * d[1];
      real += d[1];
    }
    return new Point(keptReal, kept, real, denials.size());
  }

  /** Area under the ROC curve of pair scores {@code p} against the rows' labels. */
  static double auc(List<Row> rows, double[] p) {
    double pairs = 0;
    double wins = 0;
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.size(); j++) {
        if (rows.get(i).y() == 1 && rows.get(j).y() == 0) {
          pairs++;
          wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? 0.5 : wins / pairs;
  }
}
