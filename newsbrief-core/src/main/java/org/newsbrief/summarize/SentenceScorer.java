package org.newsbrief.summarize;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A learned sentence score: the log-odds (logistic regression over {@link SentenceFeatures}) that a
 * candidate belongs to a story's greedy ROUGE oracle summary, trained on Multi-News stories by
 * {@link SentenceTraining}. The summarizer multiplies a sentence's expected coverage gain by {@code
 * exp(mix * score)}: {@code mix} 0 leaves the coverage model alone. It also sets how much of the
 * articles' openings the summary draws on ({@code window} words per summary word). The shipped
 * model is a text resource of "name weight" lines, a "mix" and a "window" line.
 */
public final class SentenceScorer {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "sentence-model.txt";

  private static final SentenceScorer NONE =
      new SentenceScorer(new double[SentenceFeatures.NAMES.size()], 0, StoryWindow.DEFAULT_FACTOR);
  private static volatile @Nullable SentenceScorer shipped;
  private final double[] weights;
  private final double mix;
  private final double window;

  SentenceScorer(double[] weights, double mix, double window) {
    if (weights.length != SentenceFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + SentenceFeatures.NAMES.size() + " weights");
    }
    this.weights = weights.clone();
    this.mix = mix;
    this.window = window;
  }

  /** A scorer that leaves the coverage model alone. */
  public static SentenceScorer none() {
    return NONE;
  }

  /** The scorer shipped with newsbrief ({@link #none()} when the resource is absent). */
  public static SentenceScorer shipped() {
    SentenceScorer model = shipped;
    if (model == null) {
      model = ShippedModels.loadOr(SentenceScorer.class, RESOURCE, SentenceScorer::read, NONE);
      shipped = model;
    }
    return model;
  }

  /** How strongly the score weighs against the coverage gain. */
  public double mix() {
    return mix;
  }

  /** The same weights with another {@code mix}. */
  public SentenceScorer withMix(double mix) {
    return new SentenceScorer(weights, mix, window);
  }

  /** Words of the story's openings the summary draws on, per summary word ({@link StoryWindow}). */
  public double window() {
    return window;
  }

  /** The factor a candidate's coverage gain is multiplied by. */
  double factor(double[] features) {
    return mix == 0 ? 1 : Math.exp(mix * Math.max(-20, Math.min(20, score(features))));
  }

  /** The log-odds of {@code features}. */
  double score(double[] features) {
    return NewtonRegression.dot(weights, features);
  }

  /** Reads a model written by {@link #write}. */
  public static SentenceScorer read(Reader text) throws IOException {
    Map<String, Double> byName = NamedWeights.read(text);
    double[] w = NamedWeights.inOrder(byName, SentenceFeatures.NAMES, "sentence.");
    Double mix = byName.get("mix");
    if (mix == null) {
      throw new IOException("no mix line");
    }
    return new SentenceScorer(w, mix, byName.getOrDefault("window", StoryWindow.DEFAULT_FACTOR));
  }

  /** Writes one "name weight" line per weight and the mix. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief sentence scorer: logistic regression weights (see SentenceScorer)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write("sentence." + SentenceFeatures.NAMES.get(i) + " " + weights[i] + "\n");
    }
    out.write(String.format(Locale.ROOT, "mix %s%nwindow %s%n", mix, window));
    out.flush();
  }
}
