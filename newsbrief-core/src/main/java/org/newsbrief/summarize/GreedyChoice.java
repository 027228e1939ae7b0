package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.summarize.Candidates.Candidate;

/**
 * The greedy choice of the {@link CoverageSummarizer}: the candidate with the most expected matches
 * per square root of its length (times its prior, its {@link SelectionWeights} and the {@link
 * SentenceScorer}'s factor) is taken next, the first from an article's opening sentence, one
 * needing an antecedent only after it; a repeat is skipped; the summary stops when the next
 * sentence would add less per word than the summary holds, or at the word budget.
 *
 * @param scorer the sentence scorer
 * @param repeats the repeat test
 * @param weights the selection weights
 */
record GreedyChoice(SentenceScorer scorer, Repeats repeats, SelectionWeights weights) {
  /** Chosen on dev300 by R-1 + R-2 among 0.8, 0.9, 1.0, 1.1, 1.2 (session 4; was 0.9). */
  private static final double STOP_RATIO = 1.0;

  private static final double EXPECTED_LENGTH = 0.74;
  private static final double OVERSHOOT = 1.15;

  List<Candidate> choose(
      List<Candidate> pool, ExpectedCoverage coverage, int budget, int maxSentences) {
    List<Candidate> chosen = new ArrayList<>();
    boolean anyOpening =
        pool.stream().anyMatch(c -> c.placed().sentence().index() == 0 && !c.needsAntecedent());
    double matched = 0;
    int total = 0;
    while (!pool.isEmpty() && total < budget && chosen.size() < maxSentences) {
      Candidate best = pool.get(0);
      double bestValue = Double.NEGATIVE_INFINITY;
      double bestGain = 0;
      for (Candidate c : pool) {
        if (chosen.isEmpty() && anyOpening && c.placed().sentence().index() != 0
            || c.needsAntecedent() && !antecedentChosen(c, chosen)) {
          continue;
        }
        double gain = coverage.gain(c.grams());
        double value =
            gain
                / Math.sqrt(c.length())
                * c.prior()
                * weights.support(c)
                * weights.novelty(c, chosen)
                * scorer.factor(c.features());
        if (value > bestValue) {
          bestValue = value;
          best = c;
          bestGain = gain;
        }
      }
      if (bestValue == Double.NEGATIVE_INFINITY) {
        break;
      }
      pool.remove(best);
      if (repeats.any(best, chosen) || weights.repeats(best, chosen)) {
        continue;
      }
      double expectedLength = total + EXPECTED_LENGTH * budget;
      if (!chosen.isEmpty() && bestGain / best.length() < STOP_RATIO * matched / expectedLength) {
        break;
      }
      if (!chosen.isEmpty() && total + best.length() > budget * OVERSHOOT) {
        continue;
      }
      chosen.add(best);
      coverage.add(best.grams());
      matched += bestGain;
      total += best.length();
    }
    return chosen;
  }

  /** Whether the sentence before {@code c} in its article is chosen. */
  private static boolean antecedentChosen(Candidate c, List<Candidate> chosen) {
    int article = c.placed().article();
    int index = c.placed().sentence().index();
    for (Candidate other : chosen) {
      if (other.placed().article() == article && other.placed().sentence().index() == index - 1) {
        return true;
      }
    }
    return false;
  }
}
