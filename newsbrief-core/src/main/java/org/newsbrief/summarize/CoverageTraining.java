package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** A model for summaries of {@code words} words, fitted to {@code examples}. */
  public static CoverageModel train(List<Example> examples, int words) {
    List<Map<String, double[]>> unigrams = new ArrayList<>();
    List<Map<String, double[]>> bigrams = new ArrayList<>();
    List<Map<String, Integer>> targets = new ArrayList<>();
    Map<String, Integer> storiesWith = new HashMap<>();
    for (Example e : examples) {
      List<List<StoryWindow.Placed>> window = StoryWindow.of(e.articles(), words);
      unigrams.add(NgramFeatures.of(window, 1));
      bigrams.add(NgramFeatures.of(window, 2));
      targets.add(referenceCounts(e.reference(), words));
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
            .limit(LEXICON)
            .map(Map.Entry::getKey)
            .toList();
    double[] u = fit(unigrams, targets, lexicon);
    double[] b = fit(bigrams, targets, List.of());
    Map<String, Double> words1 = new LinkedHashMap<>();
    int base = NgramFeatures.UNIGRAM.size();
    for (int i = 0; i < lexicon.size(); i++) {
      words1.put(lexicon.get(i), u[base + i]);
    }
    return new CoverageModel(Arrays.copyOf(u, base), b, words1);
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
  static Map<String, Integer> referenceCounts(String reference, int words) {
    String[] raw = reference.strip().split("\\s+");
    String kept = String.join(" ", Arrays.asList(raw).subList(0, Math.min(words, raw.length)));
    return SummaryTokens.grams(SummaryTokens.of(kept));
  }
}
