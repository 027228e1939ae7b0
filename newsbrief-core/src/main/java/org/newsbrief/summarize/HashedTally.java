package org.newsbrief.summarize;

/**
 * A growing table from a 64-bit hash (never 0) to two counts, the stories using a gram and those
 * whose summary uses it too, in primitive arrays (open addressing), so that the ~16 million token
 * grams of the training stories fit in a few hundred megabytes; for training only.
 */
final class HashedTally {
  private long[] keys = new long[1 << 20];
  private int[] stories = new int[keys.length];
  private int[] summaries = new int[keys.length];
  private int size;

  /** Counts one more story using {@code hash}, and its summary too when {@code inSummary}. */
  void add(long hash, boolean inSummary) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = slot(keys, hash);
    if (keys[slot] == 0) {
      keys[slot] = hash;
      size++;
    }
    stories[slot]++;
    summaries[slot] += inSummary ? 1 : 0;
  }

  /** The stories counted for {@code hash}. */
  int stories(long hash) {
    int slot = slot(keys, hash);
    return keys[slot] == 0 ? 0 : stories[slot];
  }

  /** The summaries counted for {@code hash}. */
  int summaries(long hash) {
    int slot = slot(keys, hash);
    return keys[slot] == 0 ? 0 : summaries[slot];
  }

  private static int slot(long[] keys, long hash) {
    int mask = keys.length - 1;
    int slot = (int) HashedCounts.mix(hash) & mask;
    while (keys[slot] != 0 && keys[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldStories = stories;
    int[] oldSummaries = summaries;
    keys = new long[oldKeys.length * 2];
    stories = new int[keys.length];
    summaries = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        stories[slot] = oldStories[i];
        summaries[slot] = oldSummaries[i];
      }
    }
  }
}
