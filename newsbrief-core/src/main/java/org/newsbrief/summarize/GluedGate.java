package org.newsbrief.summarize;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.NewtonRegression;

/**
 * The learned gate of {@link GluedFurniture}: whether a candidate run ({@link GluedRuns}) is cut. A
 * logistic model, trained on Multi-News train runs (eval's glued-gate stage), gives the chance that
 * the story's own human summary reuses a word pair of the run; the run is cut when that chance is
 * at most {@code cut}. Its features ({@link #features}) come from training counts of the run's
 * grams and words: the fewest stories of a gram, the highest share of those stories whose summary
 * uses the gram, the shares of the first gram's occurrences at a sentence start and of the last
 * gram's at a sentence end, how evenly the grams recur (fewest over most stories: a fixed string
 * recurs whole, prose branches), the lowest summary keep rate of its words (at most {@value #CAP}),
 * and its length.
 */
public final class GluedGate {
  /** Training counts of grams and words, as the features read them. */
  public interface Counts {
    /** {stories, summaries, occurrences, at a sentence start, at a sentence end}, or null. */
    int @Nullable [] gram(String key);

    /** The share of summaries keeping {@code word} among the stories using it, at most CAP. */
    double rate(String word);
  }

  /** Features of a run, the constant 1 first. */
  public static final int FEATURES = 8;

  /** The keep rate of words seen too rarely to tell, and the most any word's rate counts. */
  public static final double CAP = 0.05;

  private final Map<String, int[]> grams;
  private final Map<String, Double> rates;
  private final double[] weights;
  private final double cut;

  /** A gate over table {@code grams} and word {@code rates}, with its model and cut. */
  public GluedGate(Map<String, int[]> grams, Map<String, Double> rates, double[] w, double cut) {
    if (w.length != FEATURES) {
      throw new IllegalArgumentException("a glued gate needs " + FEATURES + " weights");
    }
    this.grams = Map.copyOf(grams);
    this.rates = Map.copyOf(rates);
    this.weights = w.clone();
    this.cut = cut;
  }

  /** The features of the run {@code from}-{@code to} of {@code tokens} (class comment). */
  public static double[] features(List<Furniture.Token> tokens, int from, int to, Counts counts) {
    int fewest = Integer.MAX_VALUE;
    int most = 1;
    double rate = 0;
    int last = to - GluedFurniture.GRAM;
    int lo = GluedRuns.firstGram(from, to);
    for (int i = lo; i <= last; i++) {
      int[] c = counts.gram(GluedRuns.key(tokens, i));
      int stories = c == null ? 1 : Math.max(c[0], 1);
      fewest = Math.min(fewest, stories);
      most = Math.max(most, stories);
      rate = Math.max(rate, ((c == null ? 0 : c[1]) + 0.5) / (stories + 1.0));
    }
    int[] first = counts.gram(GluedRuns.key(tokens, lo));
    int[] end = counts.gram(GluedRuns.key(tokens, last));
    double words = CAP;
    for (int i = from; i < to; i++) {
      words = Math.min(words, counts.rate(tokens.get(i).text()));
    }
    return new double[] {
      1,
      Math.log(fewest == Integer.MAX_VALUE ? 1 : fewest),
      Math.log(Math.max(rate, 1e-6)),
      share(first, 3),
      share(end, 4),
      (fewest == Integer.MAX_VALUE ? 1 : fewest) / (double) most,
      Math.log(Math.max(words, 1e-4)),
      Math.log(to - from)
    };
  }

  private static double share(int @Nullable [] c, int k) {
    return c == null || c[2] == 0 ? 0 : c[k] / (double) c[2];
  }

  /** The model's chance that a summary reuses the run. */
  public double harm(List<Furniture.Token> tokens, int from, int to) {
    return NewtonRegression.logistic(
        NewtonRegression.dot(weights, features(tokens, from, to, counts())));
  }

  /** Whether the run is cut. */
  boolean furniture(List<Furniture.Token> tokens, int from, int to) {
    return harm(tokens, from, to) <= cut;
  }

  /** The gate's own counts. */
  public Counts counts() {
    return new Counts() {
      @Override
      public int @Nullable [] gram(String key) {
        return grams.get(key);
      }

      @Override
      public double rate(String word) {
        return rates.getOrDefault(word, CAP);
      }
    };
  }

  /** Reads one line of a table ({@link #write}) into the maps; false when it is no gate line. */
  static boolean read(String[] f, Map<String, int[]> g, Map<String, Double> r, double[] model) {
    if (f[0].equals("stat") && f.length == 7) {
      g.put(f[1], Arrays.stream(f, 2, 7).mapToInt(Integer::parseInt).toArray());
    } else if (f[0].equals("rate") && f.length == 3) {
      r.put(f[1], Double.parseDouble(f[2]));
    } else if (f[0].equals("gate") && f.length == 2 + FEATURES) {
      for (int i = 1; i < f.length; i++) {
        model[i - 1] = Double.parseDouble(f[i]);
      }
    } else {
      return false;
    }
    return true;
  }

  /** A gate read by {@link #read}: the cut first in {@code model}, then the weights. */
  static GluedGate of(Map<String, int[]> g, Map<String, Double> r, double[] model) {
    return new GluedGate(g, r, Arrays.copyOfRange(model, 1, model.length), model[0]);
  }

  /** Writes the gate's lines, sorted. */
  void write(Writer out) throws IOException {
    StringBuilder gate = new StringBuilder("gate\t" + cut);
    for (double w : weights) {
      gate.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
    }
    out.write(gate + "\n");
    for (Map.Entry<String, Double> w : new TreeMap<>(rates).entrySet()) {
      out.write(String.format(Locale.ROOT, "rate\t%s\t%.6g\n", w.getKey(), w.getValue()));
    }
    for (Map.Entry<String, int[]> g : new TreeMap<>(grams).entrySet()) {
      int[] c = g.getValue();
      out.write(
          String.format(
              Locale.ROOT,
              "stat\t%s\t%d\t%d\t%d\t%d\t%d\n",
              g.getKey(),
              c[0],
              c[1],
              c[2],
              c[3],
              c[4]));
    }
  }
}
