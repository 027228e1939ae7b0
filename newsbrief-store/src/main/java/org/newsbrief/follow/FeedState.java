package org.newsbrief.follow;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsbrief.ingest.CacheValidators;

/**
 * What the follower remembers of one feed between polls.
 *
 * @param feed the feed's URL or file, as given
 * @param validators the ETag and Last-Modified of the last copy read, for a conditional GET
 * @param failures how many polls in a row could not read it
 * @param skipPolls how many coming polls leave it alone (back-off after failures)
 * @param error why the last read failed, or {@code null} when it succeeded
 * @param lastRead when it was last read (or answered 304), or {@code null}
 */
record FeedState(
    String feed,
    CacheValidators validators,
    int failures,
    int skipPolls,
    @Nullable String error,
    @Nullable Instant lastRead) {
  /** The longest back-off, in polls. */
  static final int MAX_SKIP = 32;

  FeedState {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(validators, "validators");
  }

  static FeedState fresh(String feed) {
    return new FeedState(feed, CacheValidators.NONE, 0, 0, null, null);
  }

  /** Read (or not modified) at {@code now}: failures forgotten. */
  FeedState read(CacheValidators latest, Instant now) {
    return new FeedState(feed, latest, 0, 0, null, now);
  }

  /**
   * Failed once more: the next 2^(failures-1) - 1 polls skip it (0, 1, 3, 7, ... up to {@link
   * #MAX_SKIP}), so a feed that keeps failing is asked ever less often.
   */
  FeedState failed(String why) {
    int n = failures + 1;
    int skip = (int) Math.min(MAX_SKIP, (1L << Math.min(n - 1, 30)) - 1);
    return new FeedState(feed, validators, n, skip, why, lastRead);
  }

  /** One poll passed it by. */
  FeedState skipped() {
    return new FeedState(feed, validators, failures, Math.max(0, skipPolls - 1), error, lastRead);
  }
}
