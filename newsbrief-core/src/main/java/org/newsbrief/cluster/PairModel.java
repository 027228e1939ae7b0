package org.newsbrief.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NewtonRegression;

/**
 * A logistic-regression model of "this article belongs to this story" over {@link PairFeatures}
 * (after Miranda et al. 2018): an article joins the candidate of the highest probability when it
 * reaches the cutoff. Weights are fitted by Newton's method with a small L2 penalty; the shipped
 * ones ({@code pair-model.tsv}) were fitted on the ECB+ stories dev half.
 */
public final class PairModel {
  private static final String RESOURCE = "pair-model.tsv";
  private static final double L2 = 1.0;

  /** The join probability used unless the weights file states one. */
  static final double DEFAULT_CUTOFF = 0.5;

  private final double[] weights;
  private final double @Nullable [] merge;
  private final double @Nullable [] split;
  private final double cutoff;
  private final boolean joins;
  private final @Nullable Regrouping regrouping;

  PairModel(double[] weights, double cutoff) {
    this(weights, null, cutoff, true);
  }

  /**
   * Join weights, optional merge weights (two stories at finish; without them stories merge on
   * centroid cosine) and the join cutoff.
   */
  PairModel(double[] weights, double @Nullable [] merge, double cutoff, boolean joins) {
    this(weights, merge, null, cutoff, joins);
  }

  /** As above, with optional split weights (two halves of one story at finish). */
  PairModel(
      double[] weights,
      double @Nullable [] merge,
      double @Nullable [] split,
      double cutoff,
      boolean joins) {
    this(weights, merge, split, cutoff, joins, null);
  }

  /** As above, with the fitted regrouping linkage used at finish (null: the hand-set one). */
  PairModel(
      double[] weights,
      double @Nullable [] merge,
      double @Nullable [] split,
      double cutoff,
      boolean joins,
      @Nullable Regrouping regrouping) {
    if (weights.length != PairFeatures.NAMES.length
        || (merge != null && merge.length != weights.length)
        || (split != null && split.length != weights.length)) {
      throw new IllegalArgumentException("expected " + PairFeatures.NAMES.length + " weights");
    }
    this.weights = weights.clone();
    this.merge = merge == null ? null : merge.clone();
    this.split = split == null ? null : split.clone();
    this.cutoff = cutoff;
    this.joins = joins;
    this.regrouping = regrouping;
  }

  /** The weights fitted on the ECB+ stories dev half, shipped with newsbrief. */
  public static PairModel shipped() {
    return Shipped.MODEL;
  }

  /** Loaded once, on first use. */
  private static final class Shipped {
    static final PairModel MODEL = load();
  }

  private static PairModel load() {
    try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the {@link #format()} text: one {@code name<TAB>weight} line per feature. */
  public static PairModel parse(String text) {
    return PairModelText.read(text);
  }

  /** The cutoff line, then one {@code join.name<TAB>weight} line per feature (and merge ones). */
  public String format() {
    return PairModelText.write(cutoff, joins, weights, merge, split, regrouping);
  }

  /** This model with merge weights {@code m}. */
  PairModel withMerge(PairModel m) {
    return new PairModel(weights, m.weights, split, cutoff, joins, regrouping);
  }

  /** This model with split weights {@code m} (the join weights of {@code m}). */
  PairModel withSplit(PairModel m) {
    return new PairModel(weights, merge, m.weights, cutoff, joins, regrouping);
  }

  /** True when the model splits stories at finish. */
  boolean splits() {
    return split != null;
  }

  /** The probability that two halves of a story are one story (1 without split weights). */
  double splitProbability(double[] x) {
    double[] sp = split;
    return sp == null ? 1 : logistic(sp, x);
  }

  /** True when the model decides merges at finish too. */
  boolean merges() {
    return merge != null;
  }

  /** The probability that two open stories are one (0 without merge weights). */
  double mergeProbability(double[] x) {
    double[] m = merge;
    return m == null ? 0 : logistic(m, x);
  }

  /** This model joining at probability {@code value} instead. */
  public PairModel withCutoff(double value) {
    return new PairModel(weights, merge, split, value, joins, regrouping);
  }

  /** This model deciding joins (true) or only merges at finish (false: joins by cosine). */
  public PairModel withJoins(boolean value) {
    return new PairModel(weights, merge, split, cutoff, value, regrouping);
  }

  boolean joins() {
    return joins;
  }

  /**
   * The regrouping linkage stored with the model (fitted by {@code newsbrief train cluster}, see
   * {@link RegroupTraining}), or null when the model has none and the hand-set {@link
   * Regrouping#of} applies.
   */
  public @Nullable Regrouping regrouping() {
    return regrouping;
  }

  /** This model with regrouping linkage {@code value} (null: none, the hand-set one applies). */
  public PairModel withRegrouping(@Nullable Regrouping value) {
    return new PairModel(weights, merge, split, cutoff, joins, value);
  }

  double cutoff() {
    return cutoff;
  }

  double probability(double[] x) {
    return logistic(weights, x);
  }

  private static double logistic(double[] weights, double[] x) {
    return NewtonRegression.logistic(NewtonRegression.dot(weights, x));
  }

  /** Fits the weights to examples {@code x} (feature vectors) with outcomes {@code y}. */
  static PairModel fit(List<double[]> x, List<Boolean> y) {
    List<Double> outcomes = y.stream().map(b -> b ? 1.0 : 0.0).toList();
    return new PairModel(NewtonRegression.logistic(x, outcomes, L2), DEFAULT_CUTOFF);
  }
}
