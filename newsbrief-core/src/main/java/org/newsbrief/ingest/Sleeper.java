package org.newsbrief.ingest;

import java.time.Duration;

/**
 * Waits for a while: the real one is {@link Thread#sleep(long)}; tests inject one that only moves a
 * fake clock, so pacing is checked without waiting.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits {@code duration}.
   *
   * @throws InterruptedException when the wait is cut short
   */
  void sleep(Duration duration) throws InterruptedException;
}
