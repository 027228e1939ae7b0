package org.newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Summary-level ROUGE-L (Lin 2004, section 3.2): for each reference sentence, the union of its
 * longest common subsequences with every peer sentence; a word counts as a hit at most as often as
 * it occurs in the reference and in the peer.
 */
final class LongestCommonSubsequence {
  private LongestCommonSubsequence() {}

  /** {hits, reference words, peer words}. */
  static double[] unionHits(List<List<String>> peer, List<List<String>> reference) {
    Map<String, Integer> peerLeft = counts(Rouge.flatten(peer));
    Map<String, Integer> refLeft = counts(Rouge.flatten(reference));
    double hits = 0;
    for (List<String> r : reference) {
      TreeSet<Integer> union = new TreeSet<>();
      for (List<String> p : peer) {
        union.addAll(lcsPositions(r, p));
      }
      for (int position : union) {
        String word = r.get(position);
        if (peerLeft.getOrDefault(word, 0) > 0 && refLeft.getOrDefault(word, 0) > 0) {
          hits++;
          peerLeft.merge(word, -1, Integer::sum);
          refLeft.merge(word, -1, Integer::sum);
        }
      }
    }
    return new double[] {hits, Rouge.flatten(reference).size(), Rouge.flatten(peer).size()};
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }

  /** Positions in {@code a} of one longest common subsequence of {@code a} and {@code b}. */
  static TreeSet<Integer> lcsPositions(List<String> a, List<String> b) {
    int[][] len = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        len[i][j] =
            a.get(i - 1).equals(b.get(j - 1))
                ? len[i - 1][j - 1] + 1
                : Math.max(len[i - 1][j], len[i][j - 1]);
      }
    }
    TreeSet<Integer> positions = new TreeSet<>();
    int i = a.size();
    int j = b.size();
    while (i > 0 && j > 0) {
      if (a.get(i - 1).equals(b.get(j - 1))) {
        positions.add(i - 1);
        i--;
        j--;
      } else if (len[i - 1][j] >= len[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    return positions;
  }
}
