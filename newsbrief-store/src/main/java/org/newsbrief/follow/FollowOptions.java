package org.newsbrief.follow;

import java.time.Duration;
import java.util.Objects;
import org.newsbrief.ingest.IngestOptions;

/**
 * How to follow feeds.
 *
 * @param every the time from the start of one poll to the start of the next
 * @param fetch size cap, timeouts, redirects and per-host delay for feeds and pages
 */
public record FollowOptions(Duration every, IngestOptions fetch) {
  /** The default time between polls. */
  public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);

  public FollowOptions {
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(fetch, "fetch");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the time between polls must be positive: " + every);
    }
  }

  /** Every 15 minutes, with the default fetch limits. */
  public static FollowOptions defaults() {
    return new FollowOptions(DEFAULT_EVERY, IngestOptions.defaults());
  }

  /**
   * These options with the time between polls written as {@code 90s}, {@code 15m}, {@code 2h} or
   * {@code 1d}.
   *
   * @throws IllegalArgumentException when {@code duration} is not written so
   */
  public FollowOptions every(String duration) {
    return new FollowOptions(PollInterval.parse(duration), fetch);
  }
}
