package org.newsbrief.eval.bench;

import java.util.Arrays;

/** Wall-clock samples in milliseconds, summarised as median, 95th percentile and mean. */
public final class Timings {
  private double[] samples = new double[16];
  private int size;

  /** Adds one sample measured from {@code startNanos} to now. */
  public void addSince(long startNanos) {
    add((System.nanoTime() - startNanos) / 1e6);
  }

  /** Adds one sample in milliseconds. */
  public void add(double millis) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = millis;
  }

  /** The median sample. */
  public double median() {
    return percentile(50);
  }

  /** The {@code p}th percentile (nearest rank). */
  public double percentile(double p) {
    if (size == 0) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  /** The mean sample. */
  public double mean() {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += samples[i];
    }
    return size == 0 ? 0 : sum / size;
  }
}
