package org.newsbrief.analyze.quote;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A linear scorer of the named speakers a pronoun speaker ("she said") may stand for, over {@link
 * Antecedents#NAMES}: the highest score is the antecedent. Learned on PolNeAR train by {@code
 * newsbrief train quotes --set part=antecedents}; ships as {@value #RESOURCE} with a manifest.
 * Immutable; the shipped model loads once, lazily.
 */
public final class AntecedentRanker {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "antecedent-ranker.txt";

  private static volatile @Nullable AntecedentRanker shipped;
  private final double[] weights;

  /** A ranker with {@code weights}, one per {@link #featureNames()} entry. */
  public AntecedentRanker(double[] weights) {
    if (weights.length != Antecedents.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + Antecedents.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The feature names, in weight order. */
  public static List<String> featureNames() {
    return Antecedents.NAMES;
  }

  /** The model shipped with newsbrief. */
  public static AntecedentRanker shipped() {
    AntecedentRanker model = shipped;
    if (model == null) {
      model = ShippedModels.load(AntecedentRanker.class, RESOURCE, AntecedentRanker::read);
      shipped = model;
    }
    return model;
  }

  /** The index of the best of {@code rows}, or -1 when there is none. */
  public int best(List<double[]> rows) {
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows.size(); i++) {
      double s = NewtonRegression.dot(weights, rows.get(i));
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }

  /** Reads a model written by {@link #write}. */
  public static AntecedentRanker read(Reader text) throws IOException {
    return new AntecedentRanker(
        NamedWeights.inOrder(NamedWeights.read(text), Antecedents.NAMES, ""));
  }

  /** Writes one "name weight" line per feature. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief antecedent ranker: conditional logit weights (see AntecedentRanker)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write(Antecedents.NAMES.get(i) + " " + weights[i] + "\n");
    }
  }
}
