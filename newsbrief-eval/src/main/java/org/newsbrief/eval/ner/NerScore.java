package org.newsbrief.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.analyze.entity.NerTags;

/**
 * Entity-level precision, recall and F1 by conlleval's rules: a found name counts only when its
 * span and type both match a gold name; micro-averaged over types, with F1 per type. Mutable: add
 * sentences, then read {@link #metrics}.
 */
final class NerScore {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Adds one sentence's gold and found names. */
  void add(List<NerSpan> gold, List<NerSpan> found) {
    Set<NerSpan> g = new HashSet<>(gold);
    for (NerSpan s : found) {
      int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
      c[1]++;
      if (g.contains(s)) {
        c[0]++;
      }
    }
    for (NerSpan s : gold) {
      counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
    }
  }

  /** precision, recall, f1 and f1_TYPE for each CoNLL type. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new TreeMap<>();
    int[] all = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    m.put("precision", ratio(all[0], all[1]));
    m.put("recall", ratio(all[0], all[2]));
    m.put("f1", f1(all));
    for (String type : NerTags.TYPES) {
      m.put("f1_" + type, f1(counts.getOrDefault(type, new int[3])));
    }
    return m;
  }

  private static double f1(int[] c) {
    return c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
