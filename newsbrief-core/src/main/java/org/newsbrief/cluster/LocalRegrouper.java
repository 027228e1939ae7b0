package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-clusters the members of one coarse group with weights local to the group: a word, name or
 * number counts by how few of the group's members share it (ln(n / df), dropped when only one
 * member has it), so the words the whole group shares (the topic: "earthquake", "Iran") fade and
 * the words that tell its events apart ("Qeshm", "2005", "6.1") decide. Members are joined by
 * average linkage ({@link AverageLinkage}) while the mean similarity of two pieces reaches the
 * threshold; pieces of at most {@link #FRAGMENT} members then go to the piece they are most similar
 * to; each piece left is re-clustered the same way with its own local weights (a group of two
 * topics splits into topics first, then each topic into its events), to {@link #DEPTH} levels.
 *
 * <p>Cost: quadratic memory and cubic time in the group's size, so callers bound the group ({@link
 * #MAX_MEMBERS}).
 */
final class LocalRegrouper {
  /** Groups larger than this are left as they are. */
  static final int MAX_MEMBERS = 400;

  /** Groups smaller than this are left as they are. */
  static final int MIN_SIZE = 4;

  /** Pieces this small join the piece nearest them. */
  static final int FRAGMENT = 2;

  /** Levels of re-clustering. */
  static final int DEPTH = 3;

  private final double threshold;
  private final double termShare;
  private final double nameShare;
  private final double numberShare;

  /**
   * A regrouper joining pieces while their mean similarity reaches the threshold of {@code
   * settings}, the similarity being its weighted sum of the local cosines of terms, names and
   * numbers.
   */
  LocalRegrouper(Regrouping settings) {
    this.threshold = settings.threshold();
    this.termShare = settings.termShare();
    this.nameShare = settings.nameShare();
    this.numberShare = settings.numberShare();
  }

  /** The pieces of {@code members}, each in stream order, ordered by their first member. */
  List<List<ArticleFeatures>> pieces(List<ArticleFeatures> members) {
    List<List<ArticleFeatures>> out = new ArrayList<>();
    collect(members, DEPTH, out);
    out.forEach(p -> p.sort(Comparator.comparingLong(ArticleFeatures::sequence)));
    out.sort(Comparator.comparingLong(p -> p.get(0).sequence()));
    return out;
  }

  private void collect(List<ArticleFeatures> members, int depth, List<List<ArticleFeatures>> out) {
    if (depth == 0 || members.size() < MIN_SIZE || members.size() > MAX_MEMBERS) {
      out.add(new ArrayList<>(members));
      return;
    }
    double[][] s = similarities(members);
    List<List<Integer>> pieces =
        AverageLinkage.attachFragments(AverageLinkage.pieces(s, threshold), s, FRAGMENT);
    if (pieces.size() < 2) {
      out.add(new ArrayList<>(members));
      return;
    }
    for (List<Integer> piece : pieces) {
      collect(piece.stream().map(members::get).toList(), depth - 1, out);
    }
  }

  /** The weighted local cosines of every pair of members. */
  double[][] similarities(List<ArticleFeatures> members) {
    double[][][] c = cosines(members);
    int n = members.size();
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s[i][j] = termShare * c[0][i][j] + nameShare * c[1][i][j] + numberShare * c[2][i][j];
        s[j][i] = s[i][j];
      }
    }
    return s;
  }

  /** The local term, name and number cosines of every pair of members (indexed [field][i][j]). */
  static double[][][] cosines(List<ArticleFeatures> members) {
    List<List<Map<String, Double>>> fields =
        List.of(
            local(members.stream().map(ArticleFeatures::terms).toList()),
            local(members.stream().map(ArticleFeatures::names).toList()),
            local(members.stream().map(ArticleFeatures::numbers).toList()));
    int n = members.size();
    double[][][] c = new double[3][n][n];
    for (int f = 0; f < 3; f++) {
      List<Map<String, Double>> v = fields.get(f);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          c[f][i][j] = SubVector.dot(v.get(i), v.get(j));
          c[f][j][i] = c[f][i][j];
        }
      }
    }
    return c;
  }

  /**
   * Each vector reweighted by ln(n / df) over the group (entries in one member only dropped) and
   * scaled to unit length; empty when nothing is left.
   */
  static List<Map<String, Double>> local(List<Map<String, Double>> vectors) {
    Map<String, Integer> df = new HashMap<>();
    vectors.forEach(v -> v.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    double n = vectors.size();
    List<Map<String, Double>> out = new ArrayList<>(vectors.size());
    for (Map<String, Double> v : vectors) {
      Map<String, Double> u = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        int d = df.getOrDefault(e.getKey(), 0);
        if (d >= 2 && d < n) {
          double w = e.getValue() * Math.log(n / d);
          u.put(e.getKey(), w);
          norm += w * w;
        }
      }
      double length = Math.sqrt(norm);
      if (length > 0) {
        u.replaceAll((t, w) -> w / length);
      }
      out.add(u);
    }
    return out;
  }
}
