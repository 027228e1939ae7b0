package org.newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a peer summary against one or more references. With several references the model scores
 * are averaged (ROUGE-1.5.5 {@code -f A}): hits and unit counts are summed over references, then
 * recall, precision and F taken from the sums.
 */
public final class Rouge {
  private final int wordLimit;
  private final boolean stem;

  /**
   * A scorer.
   *
   * @param wordLimit truncate peer and references to this many words ({@code -l}); 0 for none
   * @param stem apply Porter stemming ({@code -m})
   */
  public Rouge(int wordLimit, boolean stem) {
    this.wordLimit = wordLimit;
    this.stem = stem;
  }

  /** All four measures for {@code peer} (its sentences) against {@code references}. */
  public RougeScores score(List<String> peer, List<List<String>> references) {
    List<List<String>> p = RougeTokenizer.tokenize(peer, wordLimit, stem);
    double[] n1 = new double[3];
    double[] n2 = new double[3];
    double[] su4 = new double[3];
    double[] l = new double[3];
    for (List<String> reference : references) {
      List<List<String>> r = RougeTokenizer.tokenize(reference, wordLimit, stem);
      add(n1, ngramHits(flatten(p), flatten(r), 1));
      add(n2, ngramHits(flatten(p), flatten(r), 2));
      add(su4, skipBigramHits(flatten(p), flatten(r), 4));
      add(l, LongestCommonSubsequence.unionHits(p, r));
    }
    return new RougeScores(
        RougeScore.of(n1[0], n1[1], n1[2]),
        RougeScore.of(n2[0], n2[1], n2[2]),
        RougeScore.of(su4[0], su4[1], su4[2]),
        RougeScore.of(l[0], l[1], l[2]));
  }

  private static void add(double[] sum, double[] part) {
    for (int i = 0; i < 3; i++) {
      sum[i] += part[i];
    }
  }

  static List<String> flatten(List<List<String>> sentences) {
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    return all;
  }

  /** {hits, reference units, peer units} for n-grams of size {@code n}, hits clipped by count. */
  static double[] ngramHits(List<String> peer, List<String> reference, int n) {
    Map<String, Integer> p = ngrams(peer, n);
    Map<String, Integer> r = ngrams(reference, n);
    return hits(p, r);
  }

  /**
   * {hits, reference units, peer units} for skip bigrams (gap at most {@code maxGap}) plus
   * unigrams.
   */
  static double[] skipBigramHits(List<String> peer, List<String> reference, int maxGap) {
    Map<String, Integer> p = skipBigrams(peer, maxGap);
    Map<String, Integer> r = skipBigrams(reference, maxGap);
    return hits(p, r);
  }

  private static double[] hits(Map<String, Integer> peer, Map<String, Integer> reference) {
    double hit = 0;
    for (Map.Entry<String, Integer> e : reference.entrySet()) {
      hit += Math.min(e.getValue(), peer.getOrDefault(e.getKey(), 0));
    }
    return new double[] {hit, total(reference), total(peer)};
  }

  private static double total(Map<String, Integer> counts) {
    double sum = 0;
    for (int c : counts.values()) {
      sum += c;
    }
    return sum;
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Integer> skipBigrams(List<String> tokens, int maxGap) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      counts.merge(tokens.get(i), 1, Integer::sum);
      for (int j = i + 1; j < tokens.size() && j - i - 1 <= maxGap; j++) {
        counts.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
      }
    }
    return counts;
  }
}
