package org.newsbrief.clean;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NamedWeights;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.learn.ShippedModels;

/**
 * A learned publication-date ranker: logistic regression over {@link DateCandidates}' features
 * (where a date was found, whether the rules chose it, how it sits among the page's other dates).
 * The page's date is its highest-scoring candidate when that score is at least 0, else none.
 * Shipped weights ({@value #RESOURCE}) are fitted by {@code newsbrief train dates}; none ship
 * unless their cross-validated accuracy beats the rules'.
 */
public final class DateModel {
  /** The file name of the shipped weights, in this package's resource folder. */
  public static final String RESOURCE = "date-model.txt";

  private static final class Shipped {
    static final @Nullable DateModel MODEL = load();
  }

  private final double[] weights;

  private DateModel(double[] weights) {
    if (weights.length != DateCandidates.NAMES.size()) {
      throw new IllegalArgumentException(
          "need " + DateCandidates.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** A model with {@code weights}, one per {@link #featureNames()} name. */
  public static DateModel of(double[] weights) {
    return new DateModel(weights);
  }

  /** The shipped model, or null when none is shipped. */
  public static @Nullable DateModel shipped() {
    return Shipped.MODEL;
  }

  /** The feature names, in weight order; the first is the bias. */
  public static List<String> featureNames() {
    return DateCandidates.NAMES;
  }

  /** The date this model gives a page's candidates: the best one scoring at least 0, or null. */
  public @Nullable LocalDate choose(List<PageDate> candidates) {
    LocalDate best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (PageDate c : candidates) {
      double score = NewtonRegression.dot(weights, c.features);
      if (score > top) {
        top = score;
        best = c.date();
      }
    }
    return top >= 0 ? best : null;
  }

  /** The date this model gives a page: its choice when the page was ranked, else the rules'. */
  public @Nullable LocalDate choose(PageDates dates) {
    return dates.ranked() ? choose(dates.candidates()) : dates.rules();
  }

  /** The weights as "name weight" lines. */
  public void write(Writer out) throws IOException {
    out.write("# date model: logistic regression, right date = 1 (newsbrief train dates)\n");
    for (int i = 0; i < weights.length; i++) {
      out.write(String.format(Locale.ROOT, "%s %.6f%n", DateCandidates.NAMES.get(i), weights[i]));
    }
  }

  /**
   * The date candidates of an HTML page read without its URL, and the rules' date; {@code
   * alwaysShown}: also the shown dates when the page declares one (costly).
   */
  public static PageDates candidates(String html, boolean alwaysShown) {
    ReadPage read = ReadPage.of(html);
    return new PageDates(read.rules(), read.candidates(alwaysShown));
  }

  /**
   * The page's candidates as the cleaner reads them: all of them (the shown dates too) when its
   * cheap declared dates disagree ({@link DateCandidates#disagree}), else none and not ranked (the
   * rules' date stands).
   */
  public static PageDates gated(String html) {
    ReadPage read = ReadPage.of(html);
    if (!DateCandidates.disagree(
        read.page(), read.jsonLd(), read.metas(), null, read.canonical())) {
      return new PageDates(read.rules(), List.of(), false);
    }
    return new PageDates(read.rules(), read.candidates(true));
  }

  /** A page read without its URL as the cleaner reads it, with the rules' date. */
  private record ReadPage(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String canonical,
      @Nullable LocalDate rules) {
    static ReadPage of(String html) {
      Document doc = Jsoup.parse(html);
      PageElements page = PageElements.of(doc);
      Map<String, String> metas = PageMetadata.metas(page);
      JsonLd jsonLd = JsonLd.of(page);
      String canonical = PageMetadata.canonical(page, metas, null);
      return new ReadPage(
          page, jsonLd, metas, canonical, PublishedDates.of(page, jsonLd, metas, null, canonical));
    }

    List<PageDate> candidates(boolean alwaysShown) {
      return DateModel.of(page, jsonLd, metas, null, canonical, rules, alwaysShown);
    }
  }

  static List<PageDate> of(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String pageUrl,
      @Nullable String canonical,
      @Nullable LocalDate rules,
      boolean alwaysShown) {
    List<PageDate> out = new ArrayList<>();
    for (DateCandidates.Candidate c :
        DateCandidates.of(page, jsonLd, metas, pageUrl, canonical, rules, alwaysShown)) {
      out.add(new PageDate(c.date(), c.features()));
    }
    return out;
  }

  /**
   * A page's candidates and the date the rules give it; {@code ranked} false: the candidates were
   * not read, the rules' date stands.
   */
  public record PageDates(@Nullable LocalDate rules, List<PageDate> candidates, boolean ranked) {
    public PageDates {
      candidates = List.copyOf(candidates);
    }

    /** Candidates to rank. */
    public PageDates(@Nullable LocalDate rules, List<PageDate> candidates) {
      this(rules, candidates, true);
    }
  }

  /** One candidate date and its features. */
  public record PageDate(LocalDate date, double[] features) {
    public PageDate {
      features = features.clone();
    }

    @Override
    public double[] features() {
      return features.clone();
    }
  }

  /** A model read from weights as {@link #write} writes them. */
  public static DateModel read(java.io.Reader text) throws IOException {
    return new DateModel(NamedWeights.inOrder(NamedWeights.read(text), DateCandidates.NAMES, ""));
  }

  private static @Nullable DateModel load() {
    return ShippedModels.loadIfShipped(
        DateModel.class,
        RESOURCE,
        text ->
            new DateModel(NamedWeights.inOrder(NamedWeights.read(text), DateCandidates.NAMES, "")));
  }
}
