package org.newsbrief.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.TimeExpression;

/** Micro-averaged TempEval-3 Task A counts, accumulated document by document. */
final class TimexScore {
  private int system;
  private int gold;
  private int relaxed;
  private int strict;
  private int sameValue;
  private int sameType;

  /** Aligns {@code found} with {@code expected} one to one by overlapping spans. */
  void add(List<TimeExpression> found, List<TimeExpression> expected) {
    add(found, expected, null);
  }

  /** As {@link #add(List, List)}, printing each value mismatch and miss to {@code errors}. */
  void add(
      List<TimeExpression> found,
      List<TimeExpression> expected,
      java.io.@org.jspecify.annotations.Nullable PrintStream errors) {
    system += found.size();
    gold += expected.size();
    List<TimeExpression> unmatched = new ArrayList<>(expected);
    List<@Nullable TimeExpression> matches = aligned(found, expected);
    for (int i = 0; i < found.size(); i++) {
      TimeExpression s = found.get(i);
      TimeExpression match = matches.get(i);
      if (match == null) {
        if (errors != null) {
          errors.println("EXTRA\t" + s.text() + "\t" + s.value());
        }
        continue;
      }
      unmatched.remove(match);
      relaxed++;
      if (match.start() == s.start() && match.end() == s.end()) {
        strict++;
      }
      if (match.value().equals(s.value())) {
        sameValue++;
        if (errors != null) {
          errors.println("RIGHT\t" + s.text() + "\t" + s.value());
        }
      } else if (errors != null) {
        errors.println(
            "VALUE\t"
                + s.text()
                + "\t"
                + s.value()
                + "\tgold "
                + match.text()
                + "\t"
                + match.value());
      }
      if (match.type().equals(s.type())) {
        sameType++;
      }
    }
    reportMisses(unmatched, errors);
  }

  /**
   * For each found expression in order, the first gold expression not yet taken that its span
   * overlaps, or null: the one-to-one relaxed alignment of TempEval-3.
   */
  static List<@Nullable TimeExpression> aligned(
      List<TimeExpression> found, List<TimeExpression> gold) {
    List<TimeExpression> unmatched = new ArrayList<>(gold);
    List<@Nullable TimeExpression> matches = new ArrayList<>(found.size());
    for (TimeExpression s : found) {
      TimeExpression match = null;
      for (TimeExpression g : unmatched) {
        if (s.start() < g.end() && g.start() < s.end()) {
          match = g;
          break;
        }
      }
      if (match != null) {
        unmatched.remove(match);
      }
      matches.add(match);
    }
    return matches;
  }

  private static void reportMisses(
      List<TimeExpression> missed, java.io.@org.jspecify.annotations.Nullable PrintStream errors) {
    if (errors != null) {
      missed.forEach(g -> errors.println("MISS\t" + g.text() + "\t" + g.value()));
    }
  }

  Map<String, Double> metrics() {
    double p = system == 0 ? 0 : relaxed / (double) system;
    double r = gold == 0 ? 0 : relaxed / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double sp = system == 0 ? 0 : strict / (double) system;
    double sr = gold == 0 ? 0 : strict / (double) gold;
    double sf = sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr);
    double valueAccuracy = relaxed == 0 ? 0 : sameValue / (double) relaxed;
    double typeAccuracy = relaxed == 0 ? 0 : sameType / (double) relaxed;
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("precision", p);
    metrics.put("recall", r);
    metrics.put("f1", f);
    metrics.put("strict_f1", sf);
    metrics.put("value_accuracy", valueAccuracy);
    metrics.put("value_f1", valueAccuracy * f);
    metrics.put("type_f1", typeAccuracy * f);
    return metrics;
  }
}
