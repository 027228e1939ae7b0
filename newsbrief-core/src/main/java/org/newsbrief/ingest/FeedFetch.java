package org.newsbrief.ingest;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What a conditional GET of a feed gave.
 *
 * @param uri where the feed was finally found, after redirects
 * @param contents the parsed feed, or {@code null} when the server said it had not changed (304)
 * @param validators the validators to send next time
 */
public record FeedFetch(URI uri, @Nullable FeedContents contents, CacheValidators validators) {
  /** Whether the server answered 304 Not Modified. */
  public boolean notModified() {
    return contents == null;
  }
}
