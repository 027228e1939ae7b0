package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.AnalyzedArticle;

/**
 * Fits a {@link CoverageModel} (Poisson regressions) to stories with reference summaries: for every
 * word and word pair of a story's window (as {@link CoverageSummarizer} sees it for a summary of
 * the same length), the count to predict is how often the reference, cut to that length, uses it.
 */
public final class CoverageTraining {
  /** The L2 penalty of both regressions. */
  public static final double L2 = 1.0;

  /** How many of the most common words get a weight of their own. */
  public static final int LEXICON = 200;

  private CoverageTraining() {}

  /** A story to learn from: its analyzed articles and a reference summary. */
  public record Example(List<AnalyzedArticle> articles, String reference) {}

  /** A model for summaries of {@code words} words, fitted to {@code examples} without priors. */
  public static CoverageModel train(List<Example> examples, int words) {
    return train(examples, words, LexicalPriors.none(), false, LEXICON);
  }

  /**
   * A model for summaries of {@code words} words using {@code priors}, fitted to {@code examples}
   * ({@code counted}: the priors were counted on these examples too, so each example's own counts
   * are left out of its features), with weights of their own for the {@code lexiconSize} commonest
   * words.
   */
  public static CoverageModel train(
      List<Example> examples, int words, LexicalPriors priors, boolean counted, int lexiconSize) {
    List<Map<String, double[]>> unigrams = new ArrayList<>();
    List<Map<String, double[]>> bigrams = new ArrayList<>();
    List<Map<String, Integer>> targets = new ArrayList<>();
    Map<String, Integer> storiesWith = new HashMap<>();
    for (Example e : examples) {
      List<List<StoryWindow.Placed>> window = StoryWindow.of(e.articles(), words);
      Map<String, Integer> target = referenceCounts(e.reference(), words);
      @Nullable Map<String, Integer> leftOut = counted ? target : null;
      unigrams.add(NgramFeatures.of(window, 1, priors, leftOut));
      bigrams.add(NgramFeatures.of(window, 2, priors, leftOut));
      targets.add(target);
      unigrams
          .get(unigrams.size() - 1)
          .keySet()
          .forEach(k -> storiesWith.merge(k, 1, Integer::sum));
    }
    List<String> lexicon =
        storiesWith.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .limit(lexiconSize)
            .map(Map.Entry::getKey)
            .toList();
    double[] u = fit(unigrams, targets, lexicon);
    double[] b = fit(bigrams, targets, List.of());
    Map<String, Double> words1 = new LinkedHashMap<>();
    int base = NgramFeatures.UNIGRAM.size();
    for (int i = 0; i < lexicon.size(); i++) {
      words1.put(lexicon.get(i), u[base + i]);
    }
    return new CoverageModel(Arrays.copyOf(u, base), b, words1, priors);
  }

  /**
   * Counts one story for the lexical priors: each n-gram of its window (for a summary of {@code
   * words} words) adds a story to {@code counts[0]} and, when the reference uses it, to {@code
   * counts[1]}.
   */
  public static void count(Example e, int words, Map<String, int[]> counts) {
    Map<String, Integer> reference = referenceCounts(e.reference(), words);
    Set<String> seen = new HashSet<>();
    for (List<StoryWindow.Placed> article : StoryWindow.of(e.articles(), words)) {
      for (StoryWindow.Placed p : article) {
        seen.addAll(SummaryTokens.grams(p.tokens()).keySet());
      }
    }
    for (String key : seen) {
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[0]++;
      c[1] += reference.getOrDefault(key, 0) > 0 ? 1 : 0;
    }
  }

  /**
   * The priors of {@code counts} over {@code stories} stories, smoothed towards the base rate with
   * {@code strength} pseudo-stories, n-grams in fewer than {@code minSources} stories unknown.
   */
  public static LexicalPriors priors(
      Map<String, int[]> counts, long stories, double strength, int minSources) {
    long[] sums = new long[4];
    Map<String, Long> packed = new HashMap<>(counts.size() * 2);
    counts.forEach(
        (key, c) -> {
          int n = key.indexOf(' ') < 0 ? 0 : 2;
          sums[n] += c[0];
          sums[n + 1] += c[1];
          packed.put(key, LexicalPriors.pack(c[0], c[1]));
        });
    return new LexicalPriors(
        packed,
        stories,
        (sums[1] + 1.0) / (sums[0] + 2.0),
        (sums[3] + 1.0) / (sums[2] + 2.0),
        strength,
        minSources);
  }

  private static double[] fit(
      List<Map<String, double[]>> stories,
      List<Map<String, Integer>> targets,
      List<String> lexicon) {
    Map<String, Integer> column = new HashMap<>();
    lexicon.forEach(w -> column.put(w, column.size()));
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int s = 0; s < stories.size(); s++) {
      Map<String, Integer> target = targets.get(s);
      stories
          .get(s)
          .forEach(
              (key, features) -> {
                double[] row = Arrays.copyOf(features, features.length + lexicon.size());
                Integer c = column.get(key);
                if (c != null) {
                  row[features.length + c] = 1;
                }
                x.add(row);
                y.add((double) target.getOrDefault(key, 0));
              });
    }
    return NewtonRegression.poisson(x, y, L2);
  }

  /** How often the reference, cut to {@code words} words, uses each unigram and bigram. */
  public static Map<String, Integer> referenceCounts(String reference, int words) {
    String[] raw = reference.strip().split("\\s+");
    String kept = String.join(" ", Arrays.asList(raw).subList(0, Math.min(words, raw.length)));
    return SummaryTokens.grams(SummaryTokens.of(kept));
  }
}
