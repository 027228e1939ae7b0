package org.newsbrief.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code rate} requests a second sustained, bursts of twice
 * that. Idle clients are forgotten when the table grows large. Thread-safe; time is injected.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;
  private static final long NANOS = 1_000_000_000L;

  private final double rate;
  private final double burst;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(int rate, LongSupplier nanoTime) {
    this.rate = rate;
    this.burst = 2.0 * rate;
    this.nanoTime = nanoTime;
  }

  /** Whether {@code client} may make one more request now. */
  boolean allow(String client) {
    if (rate <= 0) {
      return true;
    }
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> now - b.updated > 60 * NANOS);
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * rate / NANOS);
      bucket.updated = now;
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
