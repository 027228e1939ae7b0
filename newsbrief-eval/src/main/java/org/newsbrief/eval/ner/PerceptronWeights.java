package org.newsbrief.eval.ner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsbrief.analyze.entity.NerScorer;
import org.newsbrief.analyze.entity.NerTags;

/**
 * Averaged-perceptron weights in training: a growing open-addressing table from feature hash to a
 * row of one weight per tag, with the running sums that give the averaged weights (w - u / c).
 */
final class PerceptronWeights implements NerScorer {
  private static final int T = NerTags.COUNT;
  private long[] keys = new long[1 << 20];
  private int[] rowOf = new int[1 << 20];
  private float[] w = new float[(1 << 19) * T];
  private float[] u = new float[(1 << 19) * T];
  private int rows;
  private long clock = 1;

  @Override
  public void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int r = find(features[f]);
      if (r >= 0) {
        int base = r * T;
        for (int t = 0; t < T; t++) {
          scores[t] += w[base + t];
        }
      }
    }
  }

  /** Adds {@code delta} to the weight of {@code tag} for features {@code features[0..n)}. */
  void add(long[] features, int n, int tag, int delta) {
    for (int f = 0; f < n; f++) {
      int base = row(features[f]) * T;
      w[base + tag] += delta;
      u[base + tag] += (float) clock * delta;
    }
  }

  /** Counts one decision (the clock of the averaging). */
  void tick() {
    clock++;
  }

  /** The averaged weights, by feature hash, in insertion order. */
  Map<Long, float[]> averaged() {
    Map<Long, float[]> out = new LinkedHashMap<>();
    for (int at = 0; at < keys.length; at++) {
      if (keys[at] != 0) {
        int base = rowOf[at] * T;
        float[] row = new float[T];
        boolean any = false;
        for (int t = 0; t < T; t++) {
          row[t] = (float) (w[base + t] - u[base + t] / (double) clock);
          any |= row[t] != 0;
        }
        if (any) {
          out.put(keys[at], row);
        }
      }
    }
    return out;
  }

  private int find(long key) {
    long k = key == 0 ? 1 : key;
    int mask = keys.length - 1;
    int at = (int) (k ^ (k >>> 32)) & mask;
    while (keys[at] != 0) {
      if (keys[at] == k) {
        return rowOf[at];
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  private int row(long key) {
    int found = find(key);
    if (found >= 0) {
      return found;
    }
    if (rows * 2 >= keys.length) {
      grow();
    }
    if ((rows + 1) * T > w.length) {
      w = java.util.Arrays.copyOf(w, w.length * 2);
      u = java.util.Arrays.copyOf(u, u.length * 2);
    }
    insert(key == 0 ? 1 : key, rows);
    return rows++;
  }

  private void insert(long k, int row) {
    int mask = keys.length - 1;
    int at = (int) (k ^ (k >>> 32)) & mask;
    while (keys[at] != 0) {
      at = (at + 1) & mask;
    }
    keys[at] = k;
    rowOf[at] = row;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rowOf;
    keys = new long[oldKeys.length * 2];
    rowOf = new int[oldKeys.length * 2];
    for (int at = 0; at < oldKeys.length; at++) {
      if (oldKeys[at] != 0) {
        insert(oldKeys[at], oldRows[at]);
      }
    }
  }
}
