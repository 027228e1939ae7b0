package org.newsbrief.analyze.entity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The beam search of one {@link NerDecoder} pass over one sentence at a time, with its buffers (one
 * per document; not thread-safe). Candidates are ranked by score, ties by the order they were made
 * in, so the search is deterministic.
 */
final class NerBeam {
  private static final int T = NerTags.COUNT;
  private final NerDocument d;
  private final NerScorer scorer;
  private final int width;
  private final NerDecoder.@Nullable Learner learner;
  private final long[] fixed = new long[NerFeatures.MAX];
  private final long[] moving = new long[NerFeatures.MOVING_MAX];
  private final long[] keys = new long[NerFeatures.KEYS];
  private final float[] base = new float[T];
  private final float[] extra = new float[T];
  private final float[] candScore;
  private final int[] candTag;
  private final int[] candBack;
  private final boolean[] taken;

  NerBeam(NerDocument d, NerScorer scorer, int width, NerDecoder.@Nullable Learner learner) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1, not " + width);
    }
    this.d = d;
    this.scorer = scorer;
    this.width = width;
    this.learner = learner;
    candScore = new float[width * T];
    candTag = new int[width * T];
    candBack = new int[width * T];
    taken = new boolean[width * T];
  }

  /** The best tags of sentence {@code s} ({@code elsewhere} null in the first pass). */
  int[] sentence(int s, NerDecoder.@Nullable Elsewhere elsewhere) {
    int len = d.length(s);
    int[][] tag = new int[len][width];
    int[][] back = new int[len][width];
    float[][] score = new float[len][width];
    int[] size = new int[len];
    NerDecoder.Learner l = learner;
    int[] gold = l == null ? new int[0] : l.gold(s);
    boolean learning = l != null;
    int goldAt = 0;
    for (int i = 0; i < len; i++) {
      int n = NerFeatures.fixed(d, s, i, history(elsewhere, s, i), fixed, keys);
      Arrays.fill(base, 0f);
      scorer.score(fixed, n, base);
      boolean last = i + 1 == len;
      int items = i == 0 ? 1 : size[i - 1];
      int c = 0;
      for (int j = 0; j < items; j++) {
        int prev = i == 0 ? -1 : tag[i - 1][j];
        int prev2 = i < 2 ? -1 : tag[i - 2][back[i - 1][j]];
        float before = i == 0 ? 0f : score[i - 1][j];
        int m = NerFeatures.moving(d, keys, prev, prev2, moving);
        Arrays.fill(extra, 0f);
        scorer.score(moving, m, extra);
        for (int t = 0; t < T; t++) {
          if (NerTags.allowed(prev, t) && (!last || NerTags.mayEnd(t))) {
            candScore[c] = before + base[t] + extra[t];
            candTag[c] = t;
            candBack[c] = j;
            c++;
          }
        }
      }
      size[i] = select(c, tag[i], back[i], score[i]);
      if (learning && l != null) {
        l.tick();
        int found = -1;
        for (int k = 0; k < size[i] && found < 0; k++) {
          if (tag[i][k] == gold[i] && (i == 0 || back[i][k] == goldAt)) {
            found = k;
          }
        }
        if (found < 0 || (last && found != 0)) {
          update(l, s, elsewhere, gold, path(tag, back, i, 0), i);
          learning = false;
        } else {
          goldAt = found;
        }
      }
    }
    return len == 0 ? new int[0] : path(tag, back, len - 1, 0);
  }

  private int history(NerDecoder.@Nullable Elsewhere elsewhere, int s, int i) {
    return elsewhere == null ? -2 : elsewhere.of(d, s, i);
  }

  /** Keeps the best {@code width} of the {@code c} candidates, best first; returns how many. */
  private int select(int c, int[] tag, int[] back, float[] score) {
    Arrays.fill(taken, 0, c, false);
    int kept = Math.min(width, c);
    for (int k = 0; k < kept; k++) {
      int best = -1;
      for (int x = 0; x < c; x++) {
        if (!taken[x] && (best < 0 || candScore[x] > candScore[best])) {
          best = x;
        }
      }
      taken[best] = true;
      tag[k] = candTag[best];
      back[k] = candBack[best];
      score[k] = candScore[best];
    }
    return kept;
  }

  private static int[] path(int[][] tag, int[][] back, int i, int k) {
    int[] out = new int[i + 1];
    for (int at = i, item = k; at >= 0; at--) {
      out[at] = tag[at][item];
      item = back[at][item];
    }
    return out;
  }

  /** Moves the weights towards the gold tags and away from {@code guess}, up to token {@code i}. */
  private void update(
      NerDecoder.Learner l,
      int s,
      NerDecoder.@Nullable Elsewhere elsewhere,
      int[] gold,
      int[] guess,
      int i) {
    for (int j = 0; j <= i; j++) {
      int n = NerFeatures.fixed(d, s, j, history(elsewhere, s, j), fixed, keys);
      if (gold[j] != guess[j]) {
        l.add(fixed, n, gold[j], 1);
        l.add(fixed, n, guess[j], -1);
      }
      int gp = j > 0 ? gold[j - 1] : -1;
      int gp2 = j > 1 ? gold[j - 2] : -1;
      int pp = j > 0 ? guess[j - 1] : -1;
      int pp2 = j > 1 ? guess[j - 2] : -1;
      if (gold[j] != guess[j] || gp != pp || gp2 != pp2) {
        l.add(moving, NerFeatures.moving(d, keys, gp, gp2, moving), gold[j], 1);
        l.add(moving, NerFeatures.moving(d, keys, pp, pp2, moving), guess[j], -1);
      }
    }
  }
}
