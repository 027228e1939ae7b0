package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsbrief.summarize.CoverageSummarizer;
import org.newsbrief.summarize.CoverageTraining;
import org.newsbrief.summarize.SelectionWeights;
import org.newsbrief.summarize.Summarizer;

/**
 * Selection weights ({@link SelectionWeights}) tried in one {@code eval summarize} run: {@code
 * weights=a,b,c,d,e} (off-topic factor, informative words shared with other articles below which it
 * applies, support power, repeat share, redundancy power) sets newsbrief's own; {@code
 * grid=w1;w2;...} adds one system {@code gridK} per setting, each compared story by story with
 * newsbrief's run ({@link PairedScores}); {@code leave_out=true} summarizes training stories with
 * their own reference counts left out of the shipped priors, as unseen stories ({@link
 * CoverageSummarizer#leavingOut}).
 */
final class WeightGrid {
  private WeightGrid() {}

  /** The settings of {@code grid}, in order. */
  static List<String> settings(Map<String, String> options) {
    List<String> out = new ArrayList<>();
    for (String s : options.getOrDefault("grid", "").split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** The weights written {@code a,b,c,d,e}. */
  static SelectionWeights parse(String setting) {
    String[] f = setting.split(",");
    if (f.length != 5) {
      throw new IllegalArgumentException(
          "weights need five numbers (off-topic, min shared, support, repeat share, redundancy): "
              + setting);
    }
    double[] v = new double[5];
    for (int i = 0; i < 5; i++) {
      v[i] = Double.parseDouble(f[i].strip());
    }
    return new SelectionWeights(v[0], (int) v[1], v[2], v[3], v[4]);
  }

  /** The shipped summarizer with {@code setting}'s weights, per story. */
  static Function<Cluster, Summarizer> summarizer(
      String setting, int words, Map<String, String> options) {
    return leftOut(new CoverageSummarizer().withWeights(parse(setting)), words, options);
  }

  /** {@code base} with the {@code weights} option, and left out per story if asked. */
  static Function<Cluster, Summarizer> tuned(
      CoverageSummarizer base, int words, Map<String, String> options) {
    CoverageSummarizer weighted =
        options.containsKey("weights") ? base.withWeights(parse(options.get("weights"))) : base;
    return leftOut(weighted, words, options);
  }

  private static Function<Cluster, Summarizer> leftOut(
      CoverageSummarizer summarizer, int words, Map<String, String> options) {
    if (!Boolean.parseBoolean(options.getOrDefault("leave_out", "false"))) {
      return c -> summarizer;
    }
    return c -> summarizer.leavingOut(CoverageTraining.referenceCounts(c.summary(), words));
  }

  /** {@code scores} of a grid system with its paired difference from newsbrief's {@code base}. */
  static Map<String, Double> paired(
      Map<String, Double> scores, List<String> rows, List<String> base, String name)
      throws IOException {
    Map<String, Double> out = new LinkedHashMap<>(scores);
    out.putAll(PairedScores.compare(rows, base, "newsbrief vs " + name));
    return out;
  }
}
