package org.newsbrief.analyze.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * The shown-entity filter: a logistic regression over {@link ShownFeatures} giving the probability
 * that an entity fit to list is junk by the rubric of docs/notes/entities.md (not a name, wrong
 * type, a fragment or a variant left unmerged), fitted on hand labels of non-blind ECB+ stories by
 * {@code newsbrief train entities} (manifest {@code shown-filter.manifest.json} beside the model).
 * An entity above the threshold is doubtful: a briefing leaves it out unless it is quoted or named
 * in the summary. Without a shipped model nothing is doubtful. Immutable.
 */
public final class ShownFilter {
  /** The model's resource name beside this class. */
  public static final String RESOURCE = "shown-filter.txt";

  private static final String PREFIX = "w.";
  private static final ShownFilter NONE = new ShownFilter(new double[0], 1);

  private final double[] weights;
  private final double threshold;

  /** A filter with weights in {@link ShownFeatures#NAMES} order (or none) and a threshold. */
  public ShownFilter(double[] weights, double threshold) {
    if (weights.length != 0 && weights.length != ShownFeatures.NAMES.size()) {
      throw new IllegalArgumentException("need " + ShownFeatures.NAMES.size() + " weights");
    }
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  private static final class Shipped {
    static final ShownFilter INSTANCE =
        ShippedModels.loadOr(ShownFilter.class, RESOURCE, ShownFilter::read, NONE);
  }

  /** The shipped filter, loaded on first call (none when the build ships no model). */
  public static ShownFilter shipped() {
    return Shipped.INSTANCE;
  }

  /** A filter that finds nothing doubtful. */
  public static ShownFilter none() {
    return NONE;
  }

  /** The probability that an entity with features {@code x} is junk (0 without a model). */
  public double junk(double[] x) {
    return weights.length == 0 ? 0 : NewtonRegression.logistic(NewtonRegression.dot(weights, x));
  }

  /**
   * Whether an entity with features {@code x} is doubtful: its junk probability is above the
   * threshold.
   */
  public boolean doubtful(double[] x) {
    return weights.length != 0 && junk(x) > threshold;
  }

  /** Reads a filter written by {@link #write}. */
  public static ShownFilter read(Reader text) throws IOException {
    Map<String, Double> byName = NamedWeights.read(text);
    Double threshold = byName.get("threshold");
    if (threshold == null) {
      throw new IOException("no threshold");
    }
    return new ShownFilter(NamedWeights.inOrder(byName, ShownFeatures.NAMES, PREFIX), threshold);
  }

  /** Writes the threshold and one "w.feature weight" line per feature. */
  public void write(Writer out) throws IOException {
    out.write("# shown-entity filter: logistic regression, junk when p > threshold\n");
    out.write(String.format(Locale.ROOT, "threshold %.4f%n", threshold));
    for (int i = 0; i < weights.length; i++) {
      out.write(
          String.format(
              Locale.ROOT, "%s%s %.6f%n", PREFIX, ShownFeatures.NAMES.get(i), weights[i]));
    }
  }
}
