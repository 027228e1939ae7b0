package org.newsbrief.analyze.quote;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A linear scorer of candidate speakers over {@link SpeakerFeatures}: the candidate with the
 * highest score speaks. Its weights are learned on PolNeAR train by {@code newsbrief train quotes}
 * and ship as the resource {@value #RESOURCE} ("name weight" lines) with a manifest beside it.
 * Immutable; the shipped model loads once, lazily.
 */
public final class SpeakerRanker {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "speaker-ranker.txt";

  private static volatile @Nullable SpeakerRanker shipped;
  private final double[] weights;

  /** A ranker with {@code weights}, one per {@link #featureNames()} entry. */
  public SpeakerRanker(double[] weights) {
    if (weights.length != SpeakerFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + SpeakerFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The feature names, in weight order. */
  public static java.util.List<String> featureNames() {
    return SpeakerFeatures.NAMES;
  }

  /** The model shipped with newsbrief. */
  public static SpeakerRanker shipped() {
    SpeakerRanker model = shipped;
    if (model == null) {
      model = ShippedModels.load(SpeakerRanker.class, RESOURCE, SpeakerRanker::read);
      shipped = model;
    }
    return model;
  }

  /** The score of a candidate with features {@code x}. */
  public double score(double[] x) {
    return NewtonRegression.dot(weights, x);
  }

  /** The index of the best candidate of {@code choice}, or -1 when it has none. */
  public int best(QuoteChoice choice) {
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < choice.features().size(); i++) {
      double s = score(choice.features().get(i));
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }

  /** Reads a model written by {@link #write}. */
  public static SpeakerRanker read(Reader text) throws IOException {
    double[] w = NamedWeights.inOrder(NamedWeights.read(text), SpeakerFeatures.NAMES, "");
    return new SpeakerRanker(w);
  }

  /** Writes one "name weight" line per feature. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief speaker ranker: logistic regression weights (see SpeakerRanker)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write(SpeakerFeatures.NAMES.get(i) + " " + weights[i] + "\n");
    }
  }
}
