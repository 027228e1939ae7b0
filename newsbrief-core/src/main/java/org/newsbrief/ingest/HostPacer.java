package org.newsbrief.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a least delay between two requests to the same host. Time and sleeping are injected, so
 * tests run with a fake clock and never wait.
 */
final class HostPacer {
  /** Sleeps the calling thread. */
  static final Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis());

  private final Duration delay;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> lastRequest = new HashMap<>();
  private final Map<String, Duration> slower = new HashMap<>();

  HostPacer(Duration delay, Clock clock, Sleeper sleeper) {
    this.delay = delay;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Keeps at least {@code asked} between requests to {@code host} (a robots.txt Crawl-delay). */
  synchronized void slowDown(String host, Duration asked) {
    if (asked.compareTo(delay) > 0) {
      slower.put(host.toLowerCase(Locale.ROOT), asked);
    }
  }

  /**
   * Returns once a request to {@code host} is polite, sleeping if the last one was too recent.
   *
   * @throws InterruptedException when interrupted while waiting
   */
  synchronized void awaitTurn(String host) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Instant last = lastRequest.get(key);
    if (last != null) {
      Duration wait = Duration.between(now, last.plus(slower.getOrDefault(key, delay)));
      if (!wait.isNegative() && !wait.isZero()) {
        sleeper.sleep(wait);
        now = now.plus(wait);
      }
    }
    lastRequest.put(key, now);
  }
}
