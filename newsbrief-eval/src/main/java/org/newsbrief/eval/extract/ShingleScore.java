package org.newsbrief.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark's metric: {@code \w+} tokens (Unicode, case kept), multisets of
 * word 4-gram shingles, per-page tp/fp/fn normalised by their sum, precision and recall averaged
 * over pages, F1 from those means; accuracy is the share of pages whose token sequence equals the
 * truth.
 */
final class ShingleScore {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;
  private int exact;
  private int pages;

  void add(String truth, String prediction) {
    pages++;
    List<String> t = tokens(truth);
    List<String> p = tokens(prediction);
    if (t.equals(p)) {
      exact++;
    }
    Map<String, Integer> ts = shingles(t);
    Map<String, Integer> ps = shingles(p);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : ps.entrySet()) {
      int inTruth = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> e : ts.entrySet()) {
      fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    }
    if (fp == 0 && fn == 0) {
      precisionSum += 1;
      precisionPages++;
      recallSum += 1;
      recallPages++;
      return;
    }
    double sum = tp + fp + fn;
    tp /= sum;
    fp /= sum;
    fn /= sum;
    if (tp + fp > 0) {
      precisionSum += tp / (tp + fp);
      precisionPages++;
    }
    if (tp + fn > 0) {
      recallSum += tp / (tp + fn);
      recallPages++;
    }
  }

  Map<String, Double> metrics() {
    double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double r = recallPages == 0 ? 0 : recallSum / recallPages;
    Map<String, Double> m = new HashMap<>();
    m.put("precision", p);
    m.put("recall", r);
    m.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    m.put("accuracy", pages == 0 ? 0 : exact / (double) pages);
    return m;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < 4) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return counts;
  }
}
