package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-story scores of one run ({@code eval summarize --set scores=FILE}: id, ROUGE-1 F, ROUGE-2 F,
 * summary sentences, defective sentences, one story a tab-separated line) and their paired
 * comparison with another run's file ({@code --set paired=FILE}): the mean per-story difference
 * (this run less that one) of ROUGE-1 and ROUGE-2 with the half-width of its 95% interval (1.96
 * standard errors of the paired differences), and the difference of the defective-sentence shares.
 */
final class PairedScores {
  private PairedScores() {}

  /** One story's line. */
  static String row(String id, double r1, double r2, int sentences, int defective) {
    return String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%d\t%d", id, r1, r2, sentences, defective);
  }

  /** Writes the rows of a run. */
  static void write(List<String> rows, Path file) throws IOException {
    Files.write(file, rows, StandardCharsets.UTF_8);
  }

  /**
   * The paired comparison of {@code rows} with the run in {@code other}; stories missing from
   * either side fail, so the two runs must cover the same stories.
   */
  static Map<String, Double> compare(List<String> rows, Path other) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(other, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(other + ": not UTF-8 text (a --set scores= file)", e);
    }
    return compare(rows, lines, other.toString());
  }

  /** As {@link #compare(List, Path)}, with the other run's {@code lines} (from {@code other}). */
  static Map<String, Double> compare(List<String> rows, List<String> lines, String other)
      throws IOException {
    Map<String, double[]> base = new HashMap<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        base.put(line.split("\t", -1)[0], parse(line, other));
      }
    }
    if (base.size() != rows.size()) {
      throw new IOException(other + ": " + base.size() + " stories, this run " + rows.size());
    }
    int n = rows.size();
    double[][] diff = new double[2][n];
    double[] sentences = new double[2];
    double[] defective = new double[2];
    for (int i = 0; i < n; i++) {
      String row = rows.get(i);
      double[] mine = parse(row, other);
      double[] theirs = base.get(row.split("\t", -1)[0]);
      if (theirs == null) {
        throw new IOException(other + ": no story " + row.split("\t", -1)[0]);
      }
      diff[0][i] = mine[0] - theirs[0];
      diff[1][i] = mine[1] - theirs[1];
      sentences[0] += mine[2];
      defective[0] += mine[3];
      sentences[1] += theirs[2];
      defective[1] += theirs[3];
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("paired_stories", (double) n);
    for (int k = 0; k < 2; k++) {
      double mean = 0;
      for (double d : diff[k]) {
        mean += d / n;
      }
      double ss = 0;
      for (double d : diff[k]) {
        ss += (d - mean) * (d - mean);
      }
      double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
      out.put("paired_rouge" + (k + 1) + "_diff", mean);
      out.put("paired_rouge" + (k + 1) + "_ci95", 1.96 * se);
    }
    out.put(
        "paired_defect_any_diff",
        defective[0] / Math.max(sentences[0], 1) - defective[1] / Math.max(sentences[1], 1));
    return out;
  }

  private static double[] parse(String line, String file) throws IOException {
    String[] f = line.split("\t", -1);
    try {
      return new double[] {
        Double.parseDouble(f[1]),
        Double.parseDouble(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4])
      };
    } catch (RuntimeException e) {
      throw new IOException(file + ": not a per-story scores line: " + line, e);
    }
  }
}
