package org.newsbrief.eval.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * trafilatura's body metric ({@code tests/eval_common.py}): each {@code with} snippet found in the
 * whitespace-normalised main text is a true positive, else a false negative; each {@code without}
 * snippet found is a false positive, else a true negative. Counts are summed over pages (micro).
 */
final class SnippetScore {
  private long tp;
  private long fp;
  private long fn;
  private long tn;

  /** Scores one page; {@code text} null means the extractor failed (a complete miss). */
  void add(
      List<String> with, List<String> without, @org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      fn += with.size();
      tn += without.size();
      return;
    }
    String body = normalise(text);
    for (String s : with) {
      if (body.contains(normalise(s))) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String s : without) {
      if (body.contains(normalise(s))) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  /** Runs of whitespace (including no-break spaces) as one space, trimmed. */
  static String normalise(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** tp, fp, fn and tn, tab-separated. */
  String counts() {
    return tp + "\t" + fp + "\t" + fn + "\t" + tn;
  }

  /** precision, recall, accuracy and f1 of what was added. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new TreeMap<>();
    m.put("precision", tp + fp == 0 ? 0 : tp / (double) (tp + fp));
    m.put("recall", tp + fn == 0 ? 0 : tp / (double) (tp + fn));
    long all = tp + fp + fn + tn;
    m.put("accuracy", all == 0 ? 0 : (tp + tn) / (double) all);
    m.put("f1", 2 * tp + fp + fn == 0 ? 0 : 2 * tp / (double) (2 * tp + fp + fn));
    return m;
  }
}
