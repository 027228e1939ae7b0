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
    int[][] first = pass(d, scorer, learner, null);
    Map<String, int[]> counts = new HashMap<>();
    for (int s = 0; s < d.size(); s++) {
      for (int i = 0; i < d.length(s); i++) {
        if (counted(d, s, i)) {
          counts.computeIfAbsent(d.lower[s][i], k -> new int[5])[slot(first[s][i])]++;
        }
      }
    }
    return pass(d, scorer, learner, new Elsewhere(counts, first));
  }

  /** The first pass's types of each word, and its own tags (left out of a token's own view). */
  private record Elsewhere(Map<String, int[]> counts, int[][] first) {
    int of(NerDocument d, int s, int i) {
      int[] c = counts.get(d.lower[s][i]);
      if (c == null || !counted(d, s, i)) {
        return -1;
      }
      int own = slot(first[s][i]);
      int best = -1;
      for (int k = 0; k < c.length; k++) {
        int n = c[k] - (k == own ? 1 : 0);
        if (n > 0 && (best < 0 || n > c[best] - (best == own ? 1 : 0))) {
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
        int history = elsewhere == null ? -2 : elsewhere.of(d, s, i);
        int n = NerFeatures.of(d, s, i, prev, prev2, history, features);
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
