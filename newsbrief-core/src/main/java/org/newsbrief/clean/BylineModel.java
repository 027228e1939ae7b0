package org.newsbrief.clean;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A learned byline ranker: logistic regression over {@link BylineCandidates}' features (where a
 * value was found, what it looks like, whether the rules chose it). The page's byline is its
 * highest-scoring candidate when that score is at least 0 (the bias sets how sure the model must
 * be), else none. The shipped weights ({@value #RESOURCE}, manifest beside it) are fitted by {@code
 * newsbrief train bylines}.
 */
public final class BylineModel {
  /** The file name of the shipped weights, in this package's resource folder. */
  public static final String RESOURCE = "byline-model.txt";

  private static final class Shipped {
    static final @Nullable BylineModel MODEL = load();
  }

  private final double[] weights;

  private BylineModel(double[] weights) {
    if (weights.length != BylineFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + BylineFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** A model with {@code weights}, one per {@link #featureNames()} name. */
  public static BylineModel of(double[] weights) {
    return new BylineModel(weights);
  }

  /** The shipped model, or null when none is shipped. */
  public static @Nullable BylineModel shipped() {
    return Shipped.MODEL;
  }

  /** The feature names, in weight order; the first is the bias. */
  public static List<String> featureNames() {
    return BylineFeatures.NAMES;
  }

  /** The best candidate's value when its score is at least 0, else null. */
  @Nullable String choose(List<BylineCandidates.Candidate> candidates) {
    String best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (BylineCandidates.Candidate c : candidates) {
      double score = NewtonRegression.dot(weights, c.features());
      if (score > top) {
        top = score;
        best = c.value();
      }
    }
    return top >= 0 ? best : null;
  }

  /** The byline this model gives a page's candidates (the rules' on a gated page). */
  public @Nullable String choose(PageBylines page) {
    if (page.gated()) {
      return page.rules();
    }
    List<BylineCandidates.Candidate> list = new ArrayList<>();
    for (PageByline c : page.candidates()) {
      list.add(new BylineCandidates.Candidate(c.value(), c.features()));
    }
    return choose(list);
  }

  /** The weights as "name weight" lines. */
  public void write(Writer out) throws IOException {
    out.write("# byline model: logistic regression, right byline = 1 (newsbrief train bylines)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write(String.format(Locale.ROOT, "%s %.6f%n", BylineFeatures.NAMES.get(i), weights[i]));
    }
  }

  /** The byline candidates of an HTML page and the rules' byline, read as the cleaner reads it. */
  public static PageBylines candidates(String html) {
    Document doc = Jsoup.parse(html);
    PageElements page = PageElements.of(doc);
    java.util.Map<String, String> metas = PageMetadata.metas(page);
    JsonLd jsonLd = JsonLd.of(page);
    BylineElements.Scan scan = BylineElements.scan(page, true);
    String rules = Bylines.rules(page, jsonLd, metas, scan);
    List<PageByline> out = new ArrayList<>();
    for (BylineCandidates.Candidate c : BylineCandidates.of(page, jsonLd, metas, rules, scan)) {
      out.add(new PageByline(c.value(), c.features()));
    }
    return new PageBylines(rules, out, Bylines.gated(jsonLd));
  }

  /**
   * A page's candidates and the byline the rules give it; {@code gated}: the cleaner gives the
   * rules' byline without ranking (see {@code Bylines.of}).
   */
  public record PageBylines(@Nullable String rules, List<PageByline> candidates, boolean gated) {
    public PageBylines {
      candidates = List.copyOf(candidates);
    }

    /** An ungated page. */
    public PageBylines(@Nullable String rules, List<PageByline> candidates) {
      this(rules, candidates, false);
    }
  }

  /** One candidate byline: its value and its features. */
  public record PageByline(String value, double[] features) {
    public PageByline {
      features = features.clone();
    }

    @Override
    public double[] features() {
      return features.clone();
    }
  }

  private static @Nullable BylineModel load() {
    return ShippedModels.loadIfShipped(
        BylineModel.class,
        RESOURCE,
        text ->
            new BylineModel(
                NamedWeights.inOrder(NamedWeights.read(text), BylineFeatures.NAMES, "")));
  }
}
