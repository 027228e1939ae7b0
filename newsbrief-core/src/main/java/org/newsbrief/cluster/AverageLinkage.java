package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering by average linkage over a dense similarity matrix (the mean similarity
 * of two pieces' members decides), with a step that folds small pieces into their nearest large
 * one. Quadratic memory, cubic time: for groups of a few hundred members.
 */
final class AverageLinkage {
  private AverageLinkage() {}

  /**
   * The pieces (indexes into {@code s}) that average linkage forms, joining the two pieces of the
   * highest mean pairwise similarity while it reaches {@code threshold}; ties go to the lower
   * indexes.
   */
  static List<List<Integer>> pieces(double[][] s, double threshold) {
    int n = s.length;
    List<List<Integer>> pieces = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pieces.add(new ArrayList<>(List.of(i)));
    }
    double[][] sum = new double[n][];
    for (int i = 0; i < n; i++) {
      sum[i] = s[i].clone();
    }
    boolean[] gone = new boolean[n];
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = threshold;
      for (int a = 0; a < n; a++) {
        if (gone[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (gone[b]) {
            continue;
          }
          double mean = sum[a][b] / (pieces.get(a).size() * (double) pieces.get(b).size());
          if (mean >= best && (bestA < 0 || mean > best)) {
            best = mean;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      pieces.get(bestA).addAll(pieces.get(bestB));
      gone[bestB] = true;
      for (int c = 0; c < n; c++) {
        sum[bestA][c] += sum[bestB][c];
        sum[c][bestA] = sum[bestA][c];
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!gone[i]) {
        out.add(pieces.get(i));
      }
    }
    return out;
  }

  /**
   * The pieces larger than {@code fragment} members, each smaller one joined to the one it is most
   * similar to on average; all of them as one piece when at most one is larger.
   */
  static List<List<Integer>> attachFragments(
      List<List<Integer>> pieces, double[][] s, int fragment) {
    List<List<Integer>> big =
        new ArrayList<>(pieces.stream().filter(p -> p.size() > fragment).toList());
    if (big.size() < 2) {
      return List.of(pieces.stream().flatMap(List::stream).toList());
    }
    List<List<Integer>> joined = new ArrayList<>();
    big.forEach(p -> joined.add(new ArrayList<>(p)));
    for (List<Integer> f : pieces) {
      if (f.size() > fragment) {
        continue;
      }
      int nearest = 0;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < big.size(); k++) {
        double mean = mean(f, big.get(k), s);
        if (mean > best) {
          best = mean;
          nearest = k;
        }
      }
      joined.get(nearest).addAll(f);
    }
    return joined;
  }

  private static double mean(List<Integer> a, List<Integer> b, double[][] s) {
    double total = 0;
    for (int i : a) {
      for (int j : b) {
        total += s[i][j];
      }
    }
    return total / (a.size() * (double) b.size());
  }
}
