package org.newsbrief.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;

/**
 * How many times a reference summary of a story is expected to use each word and word pair of the
 * story's window: two Poisson regressions over {@link NgramFeatures}, the word model with a weight
 * of its own for each of the most common words (news summaries favour some function words over
 * others). Trained on stories with reference summaries by {@link CoverageTraining}; the shipped
 * model is a text resource of "name weight" lines.
 */
public final class CoverageModel {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "coverage-model.txt";

  private static volatile @Nullable CoverageModel shipped;
  private final double[] unigram;
  private final double[] bigram;
  private final Map<String, Double> lexicon;
  private final LexicalPriors priors;

  CoverageModel(
      double[] unigram, double[] bigram, Map<String, Double> lexicon, LexicalPriors priors) {
    this.unigram = unigram.clone();
    this.bigram = bigram.clone();
    this.lexicon = Map.copyOf(lexicon);
    this.priors = priors;
  }

  /** The lexical priors the model's features draw on. */
  public LexicalPriors priors() {
    return priors;
  }

  /** The model shipped with newsbrief. */
  public static CoverageModel shipped() {
    CoverageModel model = shipped;
    if (model == null) {
      try (InputStream in = CoverageModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        model = read(new InputStreamReader(in, StandardCharsets.UTF_8), LexicalPriors.shipped());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = model;
    }
    return model;
  }

  /** The expected reference count of each n-gram ({@code n} 1 or 2) of {@code window}. */
  Map<String, Double> expected(List<List<StoryWindow.Placed>> window, int n) {
    return expected(window, n, null);
  }

  /**
   * The same, with a training story's reference counts {@code leftOut} of the priors (see {@link
   * LexicalPriors}).
   */
  Map<String, Double> expected(
      List<List<StoryWindow.Placed>> window, int n, @Nullable Map<String, Integer> leftOut) {
    return expected(NgramFeatures.of(window, n, priors, leftOut), n);
  }

  /** The expected reference count of each n-gram ({@code n} 1 or 2) in {@code features}. */
  Map<String, Double> expected(Map<String, double[]> features, int n) {
    Map<String, Double> counts = new HashMap<>();
    features.forEach(
        (key, x) -> {
          double z = NewtonRegression.dot(n == 1 ? unigram : bigram, x);
          if (n == 1) {
            z += lexicon.getOrDefault(key, 0.0);
          }
          counts.put(key, Math.exp(Math.min(z, 10)));
        });
    return counts;
  }

  /** Reads weights written by {@link #write}, to be used with {@code priors}. */
  public static CoverageModel read(Reader text, LexicalPriors priors) throws IOException {
    Map<String, Double> byName = NamedWeights.read(text);
    Map<String, Double> lexicon = new LinkedHashMap<>();
    byName.forEach(
        (name, w) -> {
          if (name.startsWith("word.")) {
            lexicon.put(name.substring(5), w);
          }
        });
    return new CoverageModel(
        weights(byName, "unigram.", NgramFeatures.UNIGRAM),
        weights(byName, "bigram.", NgramFeatures.BIGRAM),
        lexicon,
        priors);
  }

  private static double[] weights(Map<String, Double> byName, String prefix, List<String> names)
      throws IOException {
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = byName.get(prefix + names.get(i));
      if (v == null) {
        throw new IOException("no weight for " + prefix + names.get(i));
      }
      w[i] = v;
    }
    return w;
  }

  /** Writes one "name weight" line per weight (the priors are written on their own). */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief coverage model: Poisson regression weights (see CoverageModel)\n");
    for (int i = 0; i < unigram.length; i++) {
      out.write("unigram." + NgramFeatures.UNIGRAM.get(i) + " " + unigram[i] + "\n");
    }
    for (int i = 0; i < bigram.length; i++) {
      out.write("bigram." + NgramFeatures.BIGRAM.get(i) + " " + bigram[i] + "\n");
    }
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(lexicon).entrySet()) {
      out.write("word." + e.getKey() + " " + e.getValue() + "\n");
    }
    out.flush();
  }
}
