package org.newsbrief.analyze.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags a document in two greedy left-to-right passes: each token takes the best-scoring tag that
 * may follow the one before (BILOU); when a name is open and ending it before this token (begin
 * becomes unit, inside becomes last) lets this token score better than going on, the name is closed
 * there, so one doubtful first word does not drag the name on. The first pass knows nothing of the
 * rest of the document; the second also sees the type the first pass gave most often to the same
 * word elsewhere in the document, before or after it (a headline's "LEICESTERSHIRE" learns from the
 * body's "Leicestershire"). Training runs the same loop with a {@link Learner} that sees every
 * decision of both passes.
 */
public final class NerDecoder {
  private NerDecoder() {}

  /** Sees each decision while training. */
  @FunctionalInterface
  public interface Learner {
    /**
     * Token {@code i} of sentence {@code s} with features {@code features[0..n)} got {@code tag}.
     */
    void learn(int s, int i, long[] features, int n, int tag);
  }

  /** The tags of every sentence of {@code d}. */
  public static int[][] decode(NerDocument d, NerScorer scorer, @Nullable Learner learner) {
    return decode(d, scorer, learner, null);
  }

  /**
   * As above; the second pass reads its document view from {@code given} first-pass tags instead of
   * its own first pass when given (training passes a tagger's tags for documents it did not see).
   */
  public static int[][] decode(
      NerDocument d, NerScorer scorer, @Nullable Learner learner, int @Nullable [][] given) {
    int[][] first = pass(d, scorer, learner, null);
    return pass(d, scorer, learner, Elsewhere.of(d, given == null ? first : given));
  }

  /** The first pass alone (no document view). */
  public static int[][] firstPass(NerDocument d, NerScorer scorer) {
    return pass(d, scorer, null, null);
  }

  /**
   * What the first pass said of each token's word at its other occurrences: the type given most
   * often elsewhere ({@code history}: 0-3, 4 for O, -1 nowhere else), the type given most often
   * before it in the document ({@code earlier}, same coding), and the set of types given elsewhere
   * ({@code seen}, bit per slot).
   */
  record Elsewhere(int[][] history, int[][] earlier, int[][] seen) {
    static Elsewhere of(NerDocument d, int[][] first) {
      Map<String, int[]> counts = new HashMap<>();
      for (int s = 0; s < d.size(); s++) {
        for (int i = 0; i < d.length(s); i++) {
          if (counted(d, s, i)) {
            counts.computeIfAbsent(d.lower[s][i], k -> new int[5])[slot(first[s][i])]++;
          }
        }
      }
      Map<String, int[]> before = new HashMap<>();
      int[][] history = new int[d.size()][];
      int[][] earlier = new int[d.size()][];
      int[][] seen = new int[d.size()][];
      for (int s = 0; s < d.size(); s++) {
        history[s] = new int[d.length(s)];
        earlier[s] = new int[d.length(s)];
        seen[s] = new int[d.length(s)];
        for (int i = 0; i < d.length(s); i++) {
          history[s][i] = -1;
          earlier[s][i] = -1;
          if (!counted(d, s, i)) {
            continue;
          }
          int own = slot(first[s][i]);
          int[] c = counts.getOrDefault(d.lower[s][i], new int[5]).clone();
          c[own]--;
          history[s][i] = majority(c);
          for (int k = 0; k < c.length; k++) {
            seen[s][i] |= c[k] > 0 ? 1 << k : 0;
          }
          int[] b = before.computeIfAbsent(d.lower[s][i], k -> new int[5]);
          earlier[s][i] = majority(b);
          b[own]++;
        }
      }
      return new Elsewhere(history, earlier, seen);
    }

    private static int majority(int[] c) {
      int best = -1;
      for (int k = 0; k < c.length; k++) {
        if (c[k] > 0 && (best < 0 || c[k] > c[best])) {
          best = k;
        }
      }
      return best;
    }
  }

  private static int[][] pass(
      NerDocument d, NerScorer scorer, @Nullable Learner learner, @Nullable Elsewhere elsewhere) {
    int[][] tags = new int[d.size()][];
    long[] features = new long[NerFeatures.MAX];
    float[] scores = new float[NerTags.COUNT];
    for (int s = 0; s < d.size(); s++) {
      int len = d.length(s);
      tags[s] = new int[len];
      int prev = -1;
      int prev2 = -1;
      for (int i = 0; i < len; i++) {
        int n =
            elsewhere == null
                ? NerFeatures.of(d, s, i, prev, prev2, -2, features)
                : NerFeatures.of(
                    d,
                    s,
                    i,
                    prev,
                    prev2,
                    elsewhere.history[s][i],
                    elsewhere.earlier[s][i],
                    elsewhere.seen[s][i],
                    features);
        Arrays.fill(scores, 0f);
        scorer.score(features, n, scores);
        int best = best(scores, prev, i + 1 == len);
        if (open(prev)) {
          int closed = best(scores, -1, i + 1 == len);
          if (scores[closed] > scores[best]) {
            tags[s][i - 1] = close(prev);
            prev = tags[s][i - 1];
            best = closed;
          }
        }
        if (learner != null) {
          learner.learn(s, i, features, n, best);
        }
        tags[s][i] = best;
        prev2 = prev;
        prev = best;
      }
    }
    return tags;
  }

  private static boolean open(int tag) {
    return tag > 0 && (NerTags.part(tag) == 'B' || NerTags.part(tag) == 'I');
  }

  /** The tag that ends a name at an open tag: begin becomes unit, inside becomes last. */
  private static int close(int tag) {
    return NerTags.tag(NerTags.part(tag) == 'B' ? 'U' : 'L', NerTags.type(tag));
  }

  private static boolean counted(NerDocument d, int s, int i) {
    String shape = d.shapes[s][i];
    return shape.indexOf('x') >= 0 || shape.indexOf('X') >= 0;
  }

  private static int slot(int tag) {
    int type = NerTags.type(tag);
    return type < 0 ? 4 : type;
  }

  private static int best(float[] scores, int prev, boolean last) {
    int best = -1;
    for (int t = 0; t < NerTags.COUNT; t++) {
      if (NerTags.allowed(prev, t)
          && (!last || NerTags.mayEnd(t))
          && (best < 0 || scores[t] > scores[best])) {
        best = t;
      }
    }
    return best;
  }
}
