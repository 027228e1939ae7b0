package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NewtonRegression;

/**
 * Fits a {@link SentenceScorer} to stories with reference summaries: each story's candidates (as
 * the summarizer sees them for a summary of the same length) are labelled 1 when they belong to the
 * greedy oracle summary (sentences added while they raise ROUGE-1 F + ROUGE-2 F against the
 * reference, up to the word limit) and 0 otherwise.
 */
public final class SentenceTraining {
  private SentenceTraining() {}

  /** Feature rows and oracle labels of candidate sentences. */
  public static final class Rows {
    final List<double[]> x = new ArrayList<>();
    final List<Double> y = new ArrayList<>();

    /** How many rows. */
    public int size() {
      return x.size();
    }

    /** How many rows are labelled 1. */
    public long positives() {
      return y.stream().filter(v -> v > 0).count();
    }
  }

  /**
   * Adds the candidates of {@code e} to {@code rows}, with {@code model}'s expectations ({@code
   * counted}: the model's priors were counted on this story, whose own counts are left out).
   */
  public static void add(
      CoverageTraining.Example e,
      int words,
      double windowFactor,
      CoverageModel model,
      boolean counted,
      Rows rows) {
    List<List<StoryWindow.Placed>> window = StoryWindow.of(e.articles(), words, windowFactor);
    Map<String, Integer> reference = CoverageTraining.referenceCounts(e.reference(), words);
    @Nullable Map<String, Integer> leftOut = counted ? reference : null;
    Map<String, Double> expected = new HashMap<>(model.expected(window, 1, leftOut));
    expected.putAll(model.expected(window, 2, leftOut));
    List<Candidates.Candidate> candidates =
        Candidates.of(window, e.articles(), expected, model.priors(), leftOut, SentenceForm.none());
    Set<Integer> oracle = oracle(candidates, reference, words);
    for (int i = 0; i < candidates.size(); i++) {
      rows.x.add(candidates.get(i).features());
      rows.y.add(oracle.contains(i) ? 1.0 : 0.0);
    }
  }

  /**
   * The scorer fitted to {@code rows} (made with window factor {@code window}) with L2 penalty
   * {@code l2}, used at {@code mix}.
   */
  public static SentenceScorer fit(Rows rows, double l2, double mix, double window) {
    return new SentenceScorer(NewtonRegression.logistic(rows.x, rows.y, l2), mix, window);
  }

  /** The indices of the greedy oracle summary's candidates. */
  static Set<Integer> oracle(
      List<Candidates.Candidate> candidates, Map<String, Integer> reference, int words) {
    double[] total = new double[2];
    reference.forEach((k, v) -> total[k.indexOf(' ') < 0 ? 0 : 1] += v);
    Map<String, Integer> used = new HashMap<>();
    double[] summary = new double[2];
    double[] matched = new double[2];
    Set<Integer> chosen = new HashSet<>();
    int length = 0;
    double best = 0;
    while (length < words) {
      int pick = -1;
      double pickScore = best;
      double[] pickMatched = null;
      for (int i = 0; i < candidates.size(); i++) {
        Candidates.Candidate c = candidates.get(i);
        if (chosen.contains(i)) {
          continue;
        }
        double[] m = matched.clone();
        double[] s = summary.clone();
        for (Map.Entry<String, Integer> g : c.grams().entrySet()) {
          int n = g.getKey().indexOf(' ') < 0 ? 0 : 1;
          int ref = reference.getOrDefault(g.getKey(), 0);
          int had = used.getOrDefault(g.getKey(), 0);
          m[n] += Math.max(0, Math.min(ref, had + g.getValue()) - Math.min(ref, had));
          s[n] += g.getValue();
        }
        double score = f(m[0], s[0], total[0]) + f(m[1], s[1], total[1]);
        if (score > pickScore) {
          pickScore = score;
          pick = i;
          pickMatched = m;
        }
      }
      if (pick < 0 || pickMatched == null) {
        break;
      }
      Candidates.Candidate c = candidates.get(pick);
      chosen.add(pick);
      c.grams().forEach((k, v) -> used.merge(k, v, Integer::sum));
      c.grams().forEach((k, v) -> summary[k.indexOf(' ') < 0 ? 0 : 1] += v);
      matched = pickMatched;
      best = pickScore;
      length += c.length();
    }
    return chosen;
  }

  private static double f(double matched, double summary, double reference) {
    if (matched == 0) {
      return 0;
    }
    double p = matched / summary;
    double r = matched / reference;
    return 2 * p * r / (p + r);
  }
}
