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
 * Whether a sentence has the form of a news sentence: a logistic regression over {@link
 * FormFeatures}, trained ({@code newsbrief train summarize --set stage=form}) to tell the sentences
 * of Multi-News' human summaries from the sentences of their sources. Sources hold well-formed
 * sentences too, so the score is only used at its low end: a candidate scoring below {@code cut}
 * (chosen on held-out training stories) is no candidate; what falls there is page furniture,
 * captions, credits, link lists and headlines run into text. The shipped model is a text resource
 * of "name weight" lines and a "cut" line.
 */
public final class SentenceForm {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "form-model.txt";

  private static final SentenceForm NONE =
      new SentenceForm(new double[FormFeatures.NAMES.size()], Double.NEGATIVE_INFINITY);
  private static volatile @Nullable SentenceForm shipped;
  private final double[] weights;
  private final double cut;

  SentenceForm(double[] weights, double cut) {
    if (weights.length != FormFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + FormFeatures.NAMES.size() + " weights");
    }
    this.weights = weights.clone();
    this.cut = cut;
  }

  /** A model that keeps every sentence. */
  public static SentenceForm none() {
    return NONE;
  }

  /** The model shipped with newsbrief ({@link #none()} when the resource is absent). */
  public static SentenceForm shipped() {
    SentenceForm model = shipped;
    if (model == null) {
      model = ShippedModels.loadOr(SentenceForm.class, RESOURCE, SentenceForm::read, NONE);
      shipped = model;
    }
    return model;
  }

  /** The score below which a sentence is no candidate. */
  public double cut() {
    return cut;
  }

  /** The same weights with another {@code cut}. */
  public SentenceForm withCut(double cut) {
    return new SentenceForm(weights, cut);
  }

  /** Whether {@code text} may stand in a summary. */
  boolean keeps(String text, LexicalPriors priors) {
    return cut == Double.NEGATIVE_INFINITY || score(text, priors) >= cut;
  }

  /** The log-odds that {@code text} is a sentence of a human summary. */
  public double score(String text, LexicalPriors priors) {
    return scoreFeatures(FormFeatures.of(text, priors));
  }

  double scoreFeatures(double[] features) {
    return NewtonRegression.dot(weights, features);
  }

  /** Reads a model written by {@link #write}. */
  public static SentenceForm read(Reader text) throws IOException {
    Map<String, Double> byName = NamedWeights.read(text);
    double[] w = NamedWeights.inOrder(byName, FormFeatures.NAMES, "form.");
    Double cut = byName.get("cut");
    if (cut == null) {
      throw new IOException("no cut line");
    }
    return new SentenceForm(w, cut);
  }

  /** Writes one "name weight" line per weight and the cut. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief sentence form: logistic regression weights (see SentenceForm)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write("form." + FormFeatures.NAMES.get(i) + " " + weights[i] + "\n");
    }
    out.write(String.format(Locale.ROOT, "cut %s%n", cut));
    out.flush();
  }
}
