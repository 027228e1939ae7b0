package org.newsbrief.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Predicts the stance of a body towards a claim: agree, disagree, discuss or unrelated. Immutable
 * and thread-safe. {@link #shipped()} loads the bundled model once; {@link #train} fits a new one.
 *
 * <pre>{@code
 * Stance s = StanceClassifier.shipped().predict("Iran and the US hold talks", articleText);
 * }</pre>
 */
public final class StanceClassifier {
  /** The bundled model, trained on the FNC-1 training bodies (see docs/notes/stance.md). */
  public static final String RESOURCE = "fnc1-stance-model.txt.gz";

  private static volatile @Nullable StanceClassifier shipped;

  private final FeatureSet set;
  private final Idf idf;
  private final BoostedTrees model;

  private StanceClassifier(FeatureSet set, Idf idf, BoostedTrees model) {
    this.set = set;
    this.idf = idf;
    this.model = model;
  }

  /** The bundled model, loaded on first use. */
  public static StanceClassifier shipped() {
    StanceClassifier model = shipped;
    if (model == null) {
      synchronized (StanceClassifier.class) {
        model = shipped;
        if (model == null) {
          model = load();
          shipped = model;
        }
      }
    }
    return model;
  }

  private static StanceClassifier load() {
    try (InputStream in = StanceClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("stance model resource missing: " + RESOURCE);
      }
      return read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("stance model resource unreadable: " + RESOURCE, e);
    }
  }

  /** A model from its text form (as written by {@link #toText()}). */
  public static StanceClassifier read(Reader text) throws IOException {
    ModelText.Parsed parsed = ModelText.read(new BufferedReader(text));
    return new StanceClassifier(parsed.set(), parsed.idf(), parsed.model());
  }

  /**
   * Fits a model to {@code examples}. Deterministic: the same examples and settings give the same
   * model, byte for byte in {@link #toText()}.
   */
  public static StanceClassifier train(
      List<StanceExample> examples, FeatureSet set, BoostingSettings settings) {
    Set<String> documents = new HashSet<>();
    List<String> texts = new ArrayList<>();
    for (StanceExample e : examples) {
      for (String text : List.of(e.body(), e.claim())) {
        if (documents.add(text)) {
          texts.add(text);
        }
      }
    }
    Idf idf = Idf.of(texts);
    double[][] x = features(examples, set, idf);
    int[] y = new int[examples.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = examples.get(i).stance().ordinal();
    }
    BoostedTrees model = new GradientBoosting(settings).fit(x, y, Stance.values().length);
    return new StanceClassifier(set, idf, model);
  }

  /** Feature rows of {@code examples}, in order; each distinct body is analysed once. */
  private static double[][] features(List<StanceExample> examples, FeatureSet set, Idf idf) {
    Map<String, List<Integer>> byBody = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byBody.computeIfAbsent(examples.get(i).body(), b -> new ArrayList<>()).add(i);
    }
    double[][] x = new double[examples.size()][];
    byBody.forEach(
        (text, rows) -> {
          Body body = new Body(text);
          for (int i : rows) {
            x[i] = StanceFeatures.of(set, new Claim(examples.get(i).claim()), body, idf);
          }
        });
    return x;
  }

  /** The stance of {@code body} towards {@code claim}. */
  public Stance predict(String claim, String body) {
    return predict(List.of(claim), body).get(0);
  }

  /** The stance of {@code body} towards each claim, in order; the body is analysed once. */
  public List<Stance> predict(List<String> claims, String body) {
    Body analysed = new Body(body);
    List<Stance> stances = new ArrayList<>(claims.size());
    for (String claim : claims) {
      double[] p = model.probabilities(StanceFeatures.of(set, new Claim(claim), analysed, idf));
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        best = p[k] > p[best] ? k : best;
      }
      stances.add(Stance.values()[best]);
    }
    return stances;
  }

  /** The features this model reads. */
  public FeatureSet featureSet() {
    return set;
  }

  /** The model as text, which {@link #read} reads back. */
  public String toText() {
    return ModelText.write(set, idf, model);
  }
}
