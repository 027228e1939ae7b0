package org.newsbrief.summarize;

import java.util.Arrays;

/**
 * A read-only table from n-gram to packed counts, keyed by a 64-bit hash of the n-gram (FNV-1a over
 * its chars) in open addressing, so that the 400,000 shipped priors load as two primitive arrays
 * instead of 400,000 boxed map entries (0.56 s at start-up before). Two n-grams sharing a 64-bit
 * hash among 400,000 is a chance of about 1 in 10^8; the cost would be one n-gram's prior.
 */
final class HashedCounts {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final long[] keys;
  private final long[] values;
  private final int mask;
  private final int size;

  private HashedCounts(long[] hashes, long[] packed, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
    keys = new long[capacity];
    values = new long[capacity];
    mask = capacity - 1;
    int stored = 0;
    for (int i = 0; i < count; i++) {
      int slot = (int) mix(hashes[i]) & mask;
      while (keys[slot] != 0 && keys[slot] != hashes[i]) {
        slot = (slot + 1) & mask;
      }
      stored += keys[slot] == 0 ? 1 : 0;
      keys[slot] = hashes[i];
      values[slot] = packed[i];
    }
    size = stored;
  }

  /** The hash of {@code text}'s chars from {@code from} to {@code to}; never 0 (the empty slot). */
  static long hash(CharSequence text, int from, int to) {
    long h = OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ text.charAt(i)) * PRIME;
    }
    return h == 0 ? 1 : h;
  }

  /** The hash of these bytes read as chars (Latin-1, so equal to {@link #hash} for ASCII). */
  static long hash(byte[] text, int from, int to) {
    long h = OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ (text[i] & 0xff)) * PRIME;
    }
    return h == 0 ? 1 : h;
  }

  static long mix(long h) {
    return h ^ (h >>> 29) ^ (h >>> 47);
  }

  /** The packed counts of {@code key}, 0 when absent. */
  long get(String key) {
    long h = hash(key, 0, key.length());
    int slot = (int) mix(h) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == h) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  int size() {
    return size;
  }

  /** Collects hashed entries, then builds the table. */
  static final class Builder {
    private long[] hashes;
    private long[] packed;
    private int count;

    Builder() {
      this(1024);
    }

    /** A builder with room for {@code expected} entries before it grows. */
    Builder(int expected) {
      hashes = new long[Math.max(16, expected)];
      packed = new long[Math.max(16, expected)];
    }

    void add(long hash, long value) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
        packed = Arrays.copyOf(packed, count * 2);
      }
      hashes[count] = hash;
      packed[count] = value;
      count++;
    }

    HashedCounts build() {
      return new HashedCounts(hashes, packed, count);
    }
  }
}
