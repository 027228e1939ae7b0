package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.learn.NewtonRegression;

/**
 * Training examples for the {@link LedeCut} boundary model, labelled by the text itself: a training
 * sentence opening with a label whose caption the splitter did end (with a full stop or a quote) is
 * glued to the sentence after it without that punctuation, as the glued cases are; the true
 * boundary is where the next sentence began, every other position up to {@value
 * LedeCut#MAX_CAPTION} tokens after the label is a non-boundary. At most {@code perLabel} examples
 * are taken per label and each label sentence once, so no notice (a crawl note repeated in
 * thousands of pages) rules the fit. Every {@code heldOut}-th example is held out to choose the
 * cut.
 */
public final class LedeTraining {
  private final LedeCut frame;
  private final int perLabel;
  private final Map<String, Integer> taken = new HashMap<>();
  private final Set<String> texts = new HashSet<>();
  private final List<List<double[]>> groups = new ArrayList<>();
  private final List<Integer> truth = new ArrayList<>();

  /** Examples for a model with {@code labels} and {@code words}, {@code perLabel} per label. */
  public LedeTraining(Set<String> labels, Map<String, double[]> words, int perLabel) {
    this.frame = new LedeCut(labels, words, new double[0], 2, false);
    this.perLabel = perLabel;
  }

  /** Adds the examples of one story's articles. */
  public void add(List<String> articles) {
    for (String article : articles) {
      List<List<String>> sentences = LedeCounts.sentences(article);
      for (int k = 0; k + 1 < sentences.size(); k++) {
        List<String> first = sentences.get(k);
        int e = frame.labelEnd(first);
        if (e == 0) {
          continue;
        }
        List<String> glued = new ArrayList<>(first);
        while (!glued.isEmpty() && ".!?\"”".contains(glued.get(glued.size() - 1))) {
          glued.remove(glued.size() - 1);
        }
        int boundary = glued.size();
        List<String> next = sentences.get(k + 1);
        String label = String.join(" ", first.subList(0, e));
        if (boundary < Math.max(e, 1)
            || boundary - e > LedeCut.MAX_CAPTION
            || next.size() < LedeCut.MIN_REST
            || taken.getOrDefault(label, 0) >= perLabel
            || !texts.add(String.join(" ", first))) {
          continue;
        }
        taken.merge(label, 1, Integer::sum);
        glued.addAll(next);
        List<double[]> rows = new ArrayList<>();
        int at = -1;
        for (int b = Math.max(e, 1);
            b <= Math.min(e + LedeCut.MAX_CAPTION, glued.size() - 5);
            b++) {
          at = b == boundary ? rows.size() : at;
          rows.add(frame.features(glued, e, b));
        }
        if (at >= 0) {
          groups.add(rows);
          truth.add(at);
        }
      }
    }
  }

  /** Examples added. */
  public int size() {
    return groups.size();
  }

  /** Weights fitted on the examples not held out (every {@code heldOut}-th is). */
  public double[] fit(int heldOut, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (g % heldOut != 0) {
        for (int i = 0; i < groups.get(g).size(); i++) {
          x.add(groups.get(g).get(i));
          y.add(i == truth.get(g) ? 1.0 : 0.0);
        }
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  /**
   * For each held-out example, the chance of its best position under {@code weights} and whether
   * that position is the true boundary (1) or not (0).
   */
  public List<double[]> heldOutBest(double[] weights, int heldOut) {
    List<double[]> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g += heldOut) {
      int best = 0;
      double bestP = -1;
      for (int i = 0; i < groups.get(g).size(); i++) {
        double p = NewtonRegression.logistic(NewtonRegression.dot(weights, groups.get(g).get(i)));
        if (p > bestP) {
          bestP = p;
          best = i;
        }
      }
      out.add(new double[] {bestP, best == truth.get(g) ? 1 : 0});
    }
    return out;
  }

  /**
   * The smallest chance (of {@code steps}) at which the held-out cuts are right at least {@code
   * precision} of the time (over at least 20 cuts), or 2 (never cut) when none is.
   */
  public static double chooseCut(List<double[]> best, double precision, double[] steps) {
    double chosen = 2;
    for (int s = steps.length - 1; s >= 0; s--) {
      int n = 0;
      int right = 0;
      for (double[] b : best) {
        if (b[0] >= steps[s]) {
          n++;
          right += (int) b[1];
        }
      }
      if (n >= 20 && right >= precision * n) {
        chosen = steps[s];
      }
    }
    return chosen;
  }
}
