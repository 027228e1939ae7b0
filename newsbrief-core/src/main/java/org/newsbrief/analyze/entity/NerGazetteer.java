package org.newsbrief.analyze.entity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A list of names learned from training data: for each lower-cased name of up to {@link #LONGEST}
 * words, the types it was given (a bit per type: bits 0-3 for names seen in training data, bits 4-7
 * for names of the external lists, see {@code tools/ner-gazetteer}). Names are kept only as 64-bit
 * hashes of their words, so the list holds no text. Stored gzipped: a count, then (hash, type bits)
 * pairs. Immutable; safe to share between threads.
 */
public final class NerGazetteer {
  /** The longest name, in words. */
  public static final int LONGEST = 6;

  /** The hash of no words, which {@link #extend} grows word by word. */
  public static final long START = 0x84222325cbf29ce4L;

  private static final int MAGIC = 0x4E474131; // "NGA1"
  private final long[] keys;
  private final byte[] types;
  private final int mask;

  private NerGazetteer(Map<Long, Integer> entries) {
    int capacity = Integer.highestOneBit(Math.max(entries.size(), 1) * 2) * 2;
    keys = new long[capacity];
    types = new byte[capacity];
    mask = capacity - 1;
    entries.forEach(
        (k, t) -> {
          long key = k == 0 ? 1 : k;
          int at = slot(key);
          while (keys[at] != 0 && keys[at] != key) {
            at = (at + 1) & mask;
          }
          keys[at] = key;
          types[at] |= (byte) (int) t;
        });
  }

  /** A list of the given name hashes ({@link #key}) and their type bits. */
  public static NerGazetteer of(Map<Long, Integer> entries) {
    return new NerGazetteer(entries);
  }

  /** The empty list. */
  public static NerGazetteer empty() {
    return new NerGazetteer(Map.of());
  }

  /** The hash of the lower-cased words {@code words[from..to)}. */
  public static long key(String[] words, int from, int to) {
    long x = START;
    for (int i = from; i < to; i++) {
      x = extend(x, words[i]);
    }
    return x;
  }

  /** The hash {@link #key} gives when the name {@code x} hashes to gets one more word. */
  public static long extend(long x, String word) {
    x = (x ^ ' ') * 0x100000001b3L;
    for (int k = 0; k < word.length(); k++) {
      x = (x ^ word.charAt(k)) * 0x100000001b3L;
    }
    return x;
  }

  /**
   * The type bits (bit k = {@code NerTags.TYPES.get(k % 4)}, k >= 4 from an external list) of a
   * name's hash, 0 when unlisted.
   */
  public int types(long key) {
    long k = key == 0 ? 1 : key;
    int at = slot(k);
    while (keys[at] != 0) {
      if (keys[at] == k) {
        return types[at] & 0xFF;
      }
      at = (at + 1) & mask;
    }
    return 0;
  }

  /**
   * For each of the lower-cased {@code words}, the listed names that cover it: bit {@code 4 * type
   * + part}, part 0-3 for begin, inside, last, unit (type 4-7: the external lists' types).
   */
  int[] cover(String[] words) {
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      long key = START;
      for (int j = i; j < words.length && j < i + LONGEST; j++) {
        key = extend(key, words[j]);
        int bits = types(key);
        for (int t = 0; bits != 0 && t < 8; t++) {
          if ((bits & (1 << t)) == 0) {
            continue;
          }
          if (j == i) {
            out[i] |= 1 << (4 * t + 3);
          } else {
            out[i] |= 1 << (4 * t);
            out[j] |= 1 << (4 * t + 2);
            for (int k = i + 1; k < j; k++) {
              out[k] |= 1 << (4 * t + 1);
            }
          }
        }
      }
    }
    return out;
  }

  private int slot(long k) {
    long z = (k ^ (k >>> 31)) * 0x9E3779B97F4A7C15L;
    return (int) (z >>> 40) & mask;
  }

  /**
   * Writes {@code entries} in the format {@link #read} takes.
   *
   * @throws IOException when the stream cannot be written
   */
  public static void write(Map<Long, Integer> entries, OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(entries.size());
    for (Map.Entry<Long, Integer> e : new TreeMap<>(entries).entrySet()) {
      out.writeLong(e.getKey());
      out.writeByte(e.getValue());
    }
    out.flush();
    gz.finish();
  }

  /**
   * Reads a list written by {@link #write}.
   *
   * @throws IOException when the stream cannot be read or is not a list of names
   */
  public static NerGazetteer read(InputStream raw) throws IOException {
    ByteBuffer in;
    try (GZIPInputStream gz = new GZIPInputStream(raw, 1 << 16)) {
      in = ByteBuffer.wrap(gz.readAllBytes());
    }
    try {
      if (in.getInt() != MAGIC) {
        throw new IOException("not a newsbrief name list");
      }
      int n = in.getInt();
      Map<Long, Integer> entries = new java.util.HashMap<>(n * 2);
      for (int k = 0; k < n; k++) {
        entries.put(in.getLong(), in.get() & 0xFF);
      }
      return new NerGazetteer(entries);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("truncated name list", e);
    }
  }
}
