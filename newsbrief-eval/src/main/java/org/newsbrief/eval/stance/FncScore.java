package org.newsbrief.eval.stance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.stance.Stance;

/**
 * The FNC-1 official score and the class-wise scores beside it. Per pair: +0.25 when gold and
 * prediction are both unrelated or both related; +0.75 more when a related gold label is matched
 * exactly. Relative score = score / (0.25·#unrelated + 1.0·#related).
 *
 * @param confusion counts by [gold][predicted], in {@link Stance} order
 */
record FncScore(long[][] confusion) {
  static FncScore of(List<Stance> gold, List<Stance> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels, " + predicted.size());
    }
    int k = Stance.values().length;
    long[][] confusion = new long[k][k];
    for (int i = 0; i < gold.size(); i++) {
      confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
    }
    return new FncScore(confusion);
  }

  /** The official score, summed over pairs. */
  double score() {
    double score = 0;
    for (Stance g : Stance.values()) {
      for (Stance p : Stance.values()) {
        long n = confusion[g.ordinal()][p.ordinal()];
        double each = (g.related() == p.related() ? 0.25 : 0) + (g.related() && g == p ? 0.75 : 0);
        score += n * each;
      }
    }
    return score;
  }

  /** The best possible official score on these gold labels. */
  double maxScore() {
    double max = 0;
    for (Stance g : Stance.values()) {
      long n = 0;
      for (long c : confusion[g.ordinal()]) {
        n += c;
      }
      max += n * (g.related() ? 1.0 : 0.25);
    }
    return max;
  }

  double relativeScore() {
    double max = maxScore();
    return max == 0 ? 0 : score() / max;
  }

  /** F1 of one class; 0 when the class is neither gold nor predicted. */
  double f1(Stance s) {
    long tp = confusion[s.ordinal()][s.ordinal()];
    long gold = 0;
    long predicted = 0;
    for (Stance o : Stance.values()) {
      gold += confusion[s.ordinal()][o.ordinal()];
      predicted += confusion[o.ordinal()][s.ordinal()];
    }
    return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
  }

  double macroF1() {
    double sum = 0;
    for (Stance s : Stance.values()) {
      sum += f1(s);
    }
    return sum / Stance.values().length;
  }

  double accuracy() {
    long right = 0;
    long all = 0;
    for (Stance g : Stance.values()) {
      right += confusion[g.ordinal()][g.ordinal()];
      for (long c : confusion[g.ordinal()]) {
        all += c;
      }
    }
    return all == 0 ? 0 : right / (double) all;
  }

  /** The metrics of an eval report: relative_score, macro_f1, accuracy, CLASS_f1, count. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new TreeMap<>();
    m.put("relative_score", relativeScore());
    m.put("macro_f1", macroF1());
    m.put("accuracy", accuracy());
    for (Stance s : Stance.values()) {
      m.put(s.label() + "_f1", f1(s));
    }
    long all = 0;
    for (long[] row : confusion) {
      for (long c : row) {
        all += c;
      }
    }
    m.put("count", (double) all);
    return m;
  }
}
