package org.newsbrief.eval.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.BylineModel;

/**
 * Why the byline ranker misses the pages labelled with an author, counted by class: no candidate
 * names the label's people ({@code unreachable_silent} when nothing was given, {@code
 * unreachable_wrong} when a wrong byline was), nothing given although a candidate was right ({@code
 * silent}), a wrong candidate chosen where the rules were right ({@code pick_rules_right}) or where
 * they were wrong too ({@code pick}). Also the ceiling: the share of labelled pages where some
 * candidate is right.
 */
final class BylineMisses {
  private BylineMisses() {}

  /** One labelled page: its gold, its candidates, what was given (null: nothing). */
  record Answer(String gold, BylineModel.PageBylines bylines, @Nullable String found) {}

  /** The miss counts, under {@code prefix} ("count_cv_miss_"). */
  static Map<String, Double> classes(List<Answer> answers, String prefix) {
    Map<String, Double> out = new TreeMap<>();
    for (String k :
        List.of("unreachable_silent", "unreachable_wrong", "silent", "pick_rules_right", "pick")) {
      out.put(prefix + k, 0.0);
    }
    for (Answer a : answers) {
      if (BylineMatch.same(a.found(), a.gold())) {
        continue;
      }
      String kind;
      if (!reachable(a)) {
        kind = a.found() == null ? "unreachable_silent" : "unreachable_wrong";
      } else if (a.found() == null) {
        kind = "silent";
      } else {
        kind = BylineMatch.same(a.bylines().rules(), a.gold()) ? "pick_rules_right" : "pick";
      }
      out.merge(prefix + kind, 1.0, Double::sum);
    }
    return out;
  }

  /** The share of answers where some candidate names the gold's people. */
  static double ceiling(List<Answer> answers) {
    return answers.stream().filter(BylineMisses::reachable).count()
        / (double) Math.max(answers.size(), 1);
  }

  /** Each miss with its candidates, to stderr. */
  static void show(List<Answer> answers) {
    for (Answer a : answers) {
      if (!BylineMatch.same(a.found(), a.gold())) {
        List<String> values = a.bylines().candidates().stream().map(c -> c.value()).toList();
        System.err.printf("gold=%s\tfound=%s\tcandidates=%s%n", a.gold(), a.found(), values);
      }
    }
  }

  private static boolean reachable(Answer a) {
    return a.bylines().candidates().stream().anyMatch(c -> BylineMatch.same(c.value(), a.gold()));
  }
}
