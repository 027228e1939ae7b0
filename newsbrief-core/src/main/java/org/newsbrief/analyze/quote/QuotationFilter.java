package org.newsbrief.analyze.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.ShippedModels;

/**
 * Tells quotations from other text between quotation marks (titles of works, scare quotes, single
 * quoted words, slogans, markup attributes): a logistic regression over {@link QuotationFeatures},
 * learned on PolNeAR train by {@code newsbrief train quotes} (a span is a quotation when it
 * overlaps an annotated attribution's content), keeping a span whose probability reaches the
 * threshold chosen by cross-validation on train. Ships as the resource {@value #RESOURCE} ("name
 * weight" lines and a "threshold" line) with a manifest beside it. Immutable; the shipped model
 * loads once, lazily.
 */
public final class QuotationFilter {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "quotation-filter.txt";

  private static final String THRESHOLD = "threshold";
  private static volatile @Nullable QuotationFilter shipped;
  private final Map<String, Double> weights;
  private final double threshold;

  /** A filter with {@code weights} by feature name, keeping spans of probability >= threshold. */
  public QuotationFilter(Map<String, Double> weights, double threshold) {
    this.weights = new TreeMap<>(weights);
    this.threshold = threshold;
  }

  /** The model shipped with newsbrief. */
  public static QuotationFilter shipped() {
    QuotationFilter model = shipped;
    if (model == null) {
      model = ShippedModels.load(QuotationFilter.class, RESOURCE, QuotationFilter::read);
      shipped = model;
    }
    return model;
  }

  /** The probability that a span with {@code features} is a quotation. */
  public double probability(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether a span with {@code features} is kept as a quotation. */
  public boolean keeps(List<String> features) {
    return probability(features) >= threshold;
  }

  /** The same weights with another threshold. */
  public QuotationFilter withThreshold(double t) {
    return new QuotationFilter(weights, t);
  }

  /** Reads a model written by {@link #write}. */
  public static QuotationFilter read(Reader text) throws IOException {
    Map<String, Double> byName = new TreeMap<>();
    double t = 0.5;
    BufferedReader in = new BufferedReader(text);
    String line;
    while ((line = in.readLine()) != null) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int space = s.lastIndexOf(' ');
      if (space <= 0) {
        throw new IOException("not 'name weight': " + line);
      }
      String name = s.substring(0, space);
      double value = Double.parseDouble(s.substring(space + 1));
      if (name.equals(THRESHOLD)) {
        t = value;
      } else {
        byName.put(name, value);
      }
    }
    return new QuotationFilter(byName, t);
  }

  /** Writes the threshold line, then one "name weight" line per feature. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief quotation filter: logistic regression weights (see QuotationFilter)\n");
    out.write(THRESHOLD + " " + threshold + "\n");
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      out.write(w.getKey() + " " + w.getValue() + "\n");
    }
  }
}
