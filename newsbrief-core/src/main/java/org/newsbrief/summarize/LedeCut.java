package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.learn.NewtonRegression;

/**
 * A label and its caption glued before a lede ("photo : getty images the mediterranean diet ...",
 * "related : <headline> <lede>"), cut by a learned boundary model. A sentence opening with one of
 * the learned {@code labels} (token sequences opening sentences in many training stories and almost
 * never found in their summaries) is scored at every token position up to {@value #MAX_CAPTION}
 * tokens after the label; when the best position's boundary chance reaches {@code cut}, the
 * sentence keeps its text from there, else it stays whole (or, with {@code drop}, is no sentence).
 * The boundary model is a logistic regression over {@link #features}: how often the word after the
 * position opens a sentence and the word before it ends one in the training text, stop-word and
 * punctuation marks, the caption and rest lengths ({@link LedeTraining} learns it from label
 * sentences whose caption the splitter did end, glued to the sentence after them).
 */
public final class LedeCut {
  /** The shipped model's resource name, beside this class. */
  public static final String RESOURCE = "lede-cut.tsv";

  /** The most tokens a caption may take after its label. */
  public static final int MAX_CAPTION = 40;

  /** The fewest tokens the lede keeps. */
  public static final int MIN_REST = 5;

  /** The longest label, in tokens. */
  public static final int MAX_LABEL = 6;

  /** Log-odds of a word never counted opening or ending a sentence. */
  static final double UNSEEN = Math.log(0.5 / 5);

  private static final LedeCut NONE = new LedeCut(Set.of(), Map.of(), new double[0], 2, false);
  private final Set<String> labels;
  private final Map<String, double[]> words;
  private final double[] weights;
  private final double cut;
  private final boolean drop;

  /**
   * A model of {@code labels}, {@code words} (word to its opener and closer log-odds), boundary
   * {@code weights} and the smallest chance {@code cut} at which it cuts; with {@code drop} a
   * labelled sentence without such a boundary is no sentence (empty), else it stays whole.
   */
  public LedeCut(
      Set<String> labels, Map<String, double[]> words, double[] weights, double cut, boolean drop) {
    this.labels = Set.copyOf(labels);
    this.words = Map.copyOf(words);
    this.weights = weights.clone();
    this.cut = cut;
    this.drop = drop;
  }

  /** No model: {@link #cut} returns its input. */
  public static LedeCut none() {
    return NONE;
  }

  /** How many labels the model knows. */
  public int size() {
    return labels.size();
  }

  /** This model cutting at chance {@code chance} instead. */
  public LedeCut withCut(double chance) {
    return new LedeCut(labels, words, weights, chance, drop);
  }

  /** This model dropping ({@code true}) or keeping labelled sentences it cannot cut. */
  public LedeCut withDrop(boolean dropping) {
    return new LedeCut(labels, words, weights, cut, dropping);
  }

  /** Where the longest label opening {@code tokens} ends, or 0. */
  int labelEnd(List<String> tokens) {
    StringBuilder key = new StringBuilder();
    int end = 0;
    for (int n = 1; n <= Math.min(MAX_LABEL, tokens.size()); n++) {
      key.append(n == 1 ? "" : " ").append(tokens.get(n - 1));
      if (labels.contains(key.toString())) {
        end = n;
      }
    }
    return end;
  }

  /** The best boundary after label end {@code e} and its chance, or null when there is no room. */
  double @Nullable [] best(List<String> tokens, int e) {
    double @Nullable [] best = null;
    for (int b = Math.max(e, 1); b <= Math.min(e + MAX_CAPTION, tokens.size() - MIN_REST); b++) {
      double p = NewtonRegression.logistic(NewtonRegression.dot(weights, features(tokens, e, b)));
      if (best == null || p > best[1]) {
        best = new double[] {b, p};
      }
    }
    return best;
  }

  /** {@code sentence} from its lede on when a label and caption open it, else itself. */
  public String cut(String sentence) {
    if (labels.isEmpty()) {
      return sentence;
    }
    List<Furniture.Token> tokens = Furniture.tokens(sentence);
    List<String> texts = tokens.stream().map(Furniture.Token::text).toList();
    int e = labelEnd(texts);
    double @Nullable [] best = e == 0 ? null : best(texts, e);
    if (e == 0) {
      return sentence;
    }
    if (best == null || best[1] < cut) {
      return drop ? "" : sentence;
    }
    String rest = sentence.substring(tokens.get((int) best[0]).start());
    return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
  }

  /**
   * The boundary features of a cut before token {@code b} of {@code tokens}, label end {@code e}.
   */
  double[] features(List<String> tokens, int e, int b) {
    String prev = tokens.get(b - 1);
    String next = tokens.get(b);
    double[] o = words.get(next);
    double[] c = words.get(prev);
    return new double[] {
      1,
      o == null ? UNSEEN : o[0],
      c == null ? UNSEEN : c[1],
      b == e ? 1 : 0,
      Tokens.STOPWORDS.contains(prev) ? 1 : 0,
      Tokens.STOPWORDS.contains(next) ? 1 : 0,
      Character.isLetterOrDigit(prev.charAt(0)) ? 0 : 1,
      Character.isLetterOrDigit(next.charAt(0)) ? 0 : 1,
      Math.log1p(b - e),
      Math.log1p(tokens.size() - b)
    };
  }

  /** Reads a model written by {@link #write}. */
  public static LedeCut read(Reader text) throws IOException {
    Set<String> labels = new TreeSet<>();
    Map<String, double[]> words = new HashMap<>();
    double[] weights = new double[0];
    double cut = 2;
    boolean drop = false;
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "label" -> labels.add(f[1]);
        case "word" ->
            words.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        case "cut" -> cut = Double.parseDouble(f[1]);
        case "drop" -> drop = Boolean.parseBoolean(f[1]);
        case "weights" -> {
          weights = new double[f.length - 1];
          for (int i = 1; i < f.length; i++) {
            weights[i - 1] = Double.parseDouble(f[i]);
          }
        }
        default -> {}
      }
    }
    return new LedeCut(labels, words, weights, cut, drop);
  }

  /**
   * Writes the model: the cut, the weights, one line per label and per word (no words when the
   * model never cuts: they would not be read).
   */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief lede cut: label + caption glued before a lede (see LedeCut)\n");
    out.write(String.format(Locale.ROOT, "cut\t%.4f\n", cut));
    out.write("drop\t" + drop + "\n");
    StringBuilder w = new StringBuilder("weights");
    for (double x : weights) {
      w.append(String.format(Locale.ROOT, "\t%.5f", x));
    }
    out.write(w + "\n");
    for (String l : new TreeSet<>(labels)) {
      out.write("label\t" + l + "\n");
    }
    for (Map.Entry<String, double[]> e : new TreeMap<>(cut <= 1 ? words : Map.of()).entrySet()) {
      out.write(
          String.format(
              Locale.ROOT, "word\t%s\t%.2f\t%.2f\n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    out.flush();
  }
}
