package org.newsbrief.analyze.entity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The tagger's trained weights: for each feature hash, one weight per tag, in an open-addressing
 * table. Stored gzipped: a row count, then per row the feature hash, how many tags have a weight,
 * and (tag, weight) pairs. Immutable once read; safe to share between threads.
 */
public final class NerModel implements NerScorer {
  private static final int MAGIC = 0x4E455231; // "NER1"
  private final long[] keys;
  private final int[] rowOf;
  private final float[] weights;
  private final int mask;

  private NerModel(int rows) {
    int capacity = Integer.highestOneBit(Math.max(rows, 1) * 2) * 2;
    keys = new long[capacity];
    rowOf = new int[capacity];
    weights = new float[rows * NerTags.COUNT];
    mask = capacity - 1;
  }

  /** A model of the given rows, feature hash to one weight per tag (zero rows are dropped). */
  public static NerModel of(Map<Long, float[]> rows) {
    NerModel m = new NerModel(rows.size());
    int r = 0;
    for (Map.Entry<Long, float[]> e : rows.entrySet()) {
      m.put(e.getKey(), r);
      System.arraycopy(e.getValue(), 0, m.weights, r * NerTags.COUNT, NerTags.COUNT);
      r++;
    }
    return m;
  }

  private void put(long key, int row) {
    long k = key == 0 ? 1 : key;
    int at = (int) (k ^ (k >>> 32)) & mask;
    while (keys[at] != 0) {
      at = (at + 1) & mask;
    }
    keys[at] = k;
    rowOf[at] = row;
  }

  private int row(long key) {
    long k = key == 0 ? 1 : key;
    int at = (int) (k ^ (k >>> 32)) & mask;
    while (keys[at] != 0) {
      if (keys[at] == k) {
        return rowOf[at];
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  @Override
  public void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int r = row(features[f]);
      if (r >= 0) {
        int base = r * NerTags.COUNT;
        for (int t = 0; t < NerTags.COUNT; t++) {
          scores[t] += weights[base + t];
        }
      }
    }
  }

  /** How many feature rows the model has. */
  public int rows() {
    return weights.length / NerTags.COUNT;
  }

  /**
   * Writes {@code rows} in the format {@link #read} takes, leaving out weights whose magnitude is
   * below {@code floor}.
   *
   * @throws IOException when the stream cannot be written
   */
  public static void write(Map<Long, float[]> rows, float floor, OutputStream raw)
      throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    java.util.List<Map.Entry<Long, float[]>> live = new java.util.ArrayList<>();
    for (Map.Entry<Long, float[]> e : rows.entrySet()) {
      if (kept(e.getValue(), floor) > 0) {
        live.add(e);
      }
    }
    out.writeInt(live.size());
    for (Map.Entry<Long, float[]> e : live) {
      float[] w = e.getValue();
      int kept = kept(w, floor);
      out.writeLong(e.getKey());
      out.writeByte(kept);
      for (int t = 0; t < w.length; t++) {
        if (Math.abs(w[t]) >= floor) {
          out.writeByte(t);
          out.writeFloat(w[t]);
        }
      }
    }
    out.flush();
    gz.finish();
  }

  private static int kept(float[] w, float floor) {
    int kept = 0;
    for (float v : w) {
      kept += Math.abs(v) >= floor ? 1 : 0;
    }
    return kept;
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream cannot be read or is not a model
   */
  public static NerModel read(InputStream raw) throws IOException {
    java.nio.ByteBuffer in;
    try (GZIPInputStream gz = new GZIPInputStream(raw, 1 << 16)) {
      in = java.nio.ByteBuffer.wrap(gz.readAllBytes());
    }
    try {
      if (in.getInt() != MAGIC) {
        throw new IOException("not a newsbrief NER model");
      }
      int rows = in.getInt();
      NerModel m = new NerModel(rows);
      for (int r = 0; r < rows; r++) {
        m.put(in.getLong(), r);
        int kept = in.get() & 0xFF;
        for (int k = 0; k < kept; k++) {
          int t = in.get() & 0xFF;
          if (t >= NerTags.COUNT) {
            throw new IOException("bad tag " + t + " in row " + r);
          }
          m.weights[r * NerTags.COUNT + t] = in.getFloat();
        }
      }
      return m;
    } catch (java.nio.BufferUnderflowException e) {
      throw new IOException("truncated NER model", e);
    }
  }
}
