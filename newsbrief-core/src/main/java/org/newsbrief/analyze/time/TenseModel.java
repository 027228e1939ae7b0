package org.newsbrief.analyze.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.ShippedModels;

/**
 * Whether a partial date looks ahead of the article's date: logistic regression over {@link
 * TenseFeatures}, fitted on TimeML news ({@code newsbrief train time}). Without weights it falls
 * back to the cue-word rule ({@link Tense#before}). Immutable.
 */
public final class TenseModel {
  /** The resource the shipped weights are read from, beside this class. */
  public static final String RESOURCE = "tense-model.tsv";

  private static final TenseModel RULES = new TenseModel(null);

  private final double @Nullable [] weights;

  private TenseModel(double @Nullable [] weights) {
    this.weights = weights == null ? null : weights.clone();
  }

  /** The model shipped with newsbrief (the rule when no weights are shipped). */
  public static TenseModel shipped() {
    return Shipped.MODEL;
  }

  /** Loads the shipped weights on first use, so training never depends on an older file. */
  private static final class Shipped {
    static final TenseModel MODEL = load();
  }

  /** The cue-word rule the model replaces, kept as a peer. */
  public static TenseModel rules() {
    return RULES;
  }

  /** A model with these weights, one per {@link #featureNames()} entry. */
  public static TenseModel of(double[] weights) {
    if (weights.length != TenseFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + TenseFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    return new TenseModel(weights);
  }

  /** The feature names, in the order of a {@link TenseChoice}'s row. */
  public static List<String> featureNames() {
    return TenseFeatures.NAMES;
  }

  /** Whether this model has learned weights (otherwise the tagger applies the cue-word rule). */
  public boolean learned() {
    return weights != null;
  }

  /** The probability that the choice's clause looks ahead (0.5 for the rule, which has none). */
  public double future(TenseChoice choice) {
    return future(choice.features());
  }

  double future(double[] x) {
    if (weights == null) {
      return 0.5;
    }
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Writes the weights as "name TAB weight" lines. */
  public void write(Writer out) throws IOException {
    if (weights == null) {
      throw new IllegalStateException("the rule has no weights to write");
    }
    for (int i = 0; i < weights.length; i++) {
      out.write(
          TenseFeatures.NAMES.get(i)
              + "\t"
              + String.format(Locale.ROOT, "%.6f", weights[i])
              + "\n");
    }
  }

  private static TenseModel load() {
    return ShippedModels.loadOr(
        TenseModel.class, RESOURCE, text -> read(new BufferedReader(text)), RULES);
  }

  /** Reads weights written by {@link #write}; every feature must have one. */
  public static TenseModel read(BufferedReader reader) throws IOException {
    return new TenseModel(NamedWeights.inOrder(NamedWeights.read(reader), TenseFeatures.NAMES, ""));
  }
}
