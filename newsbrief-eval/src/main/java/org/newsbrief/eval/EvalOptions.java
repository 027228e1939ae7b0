package org.newsbrief.eval;

import java.util.Map;

/** Reads the numeric {@code --set} options that eval, train and bench tasks share. */
public final class EvalOptions {
  private EvalOptions() {}

  /** {@code --set limit=N}: how many items to read at most, at least 1; all when absent. */
  public static int limit(Map<String, String> options) {
    return atLeast(options, "limit", 1, Integer.MAX_VALUE);
  }

  /**
   * The whole number {@code --set key=N}, or {@code absent} when not given.
   *
   * @throws NumberFormatException when it is not a whole number (callers report it as "needs a
   *     number")
   * @throws IllegalArgumentException when it is below {@code least}
   */
  public static int atLeast(Map<String, String> options, String key, int least, int absent) {
    String value = options.get(key);
    if (value == null) {
      return absent;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new NumberFormatException(key + " must be a whole number, not " + value);
    }
    if (n < least) {
      throw new IllegalArgumentException(key + " must be at least " + least + ", not " + value);
    }
    return n;
  }
}
