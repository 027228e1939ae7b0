package org.newsbrief.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsbrief.ingest.FeedItem;

/**
 * What the follower remembers of one feed entry: the entry as last seen (its id and date tell a new
 * version), the ids of the articles stored for it, oldest version first, and why its page could not
 * be read, when it could not.
 *
 * @param feed the feed it came from
 * @param item the entry as last seen (its inline text is not kept)
 * @param outlet the feed's title when the entry was seen
 * @param articles ids of the stored versions, oldest first
 * @param error why the last try failed, or {@code null}
 * @param retry whether a later poll tries again although the entry did not change (a page that
 *     could not be fetched); a page the cleaner refused is not retried until it changes
 * @param attempts how many tries failed in a row
 * @param seen when the entry was first seen
 */
record EntryState(
    String feed,
    FeedItem item,
    @Nullable String outlet,
    List<String> articles,
    @Nullable String error,
    boolean retry,
    int attempts,
    Instant seen) {
  EntryState {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(item, "item");
    articles = List.copyOf(articles);
    if (item.content() != null) {
      item =
          new FeedItem(
              item.guid(),
              item.link(),
              item.title(),
              item.published(),
              item.updated(),
              item.author(),
              null);
    }
  }

  /**
   * Whether {@code latest}, the same entry seen again, is a new version (its id or date changed).
   */
  boolean changedIn(FeedItem latest) {
    return !Objects.equals(item.guid(), latest.guid())
        || !Objects.equals(item.date(), latest.date());
  }

  /** Stored as article {@code id} (a new version unless the text is one already stored). */
  EntryState stored(FeedItem latest, @Nullable String outletNow, String id) {
    List<String> versions = new ArrayList<>(articles);
    versions.remove(id);
    versions.add(id);
    return new EntryState(feed, latest, outletNow, versions, null, false, 0, seen);
  }

  /** Failed; {@code again} says whether a later poll should try once more. */
  EntryState failed(FeedItem latest, @Nullable String outletNow, String why, boolean again) {
    return new EntryState(feed, latest, outletNow, articles, why, again, attempts + 1, seen);
  }
}
