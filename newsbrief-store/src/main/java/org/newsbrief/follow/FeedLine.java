package org.newsbrief.follow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one poll did with one feed.
 *
 * @param feed the feed's URL or file
 * @param status what became of it
 * @param entries how many entries the feed listed (0 when not read)
 * @param fetched how many entries were new or changed, or retried, and so read again
 * @param added how many articles the store took as new (new entries and new versions)
 * @param versions how many of those were new versions of an entry stored before
 * @param unchanged how many entries were left alone because they had not changed
 * @param failed how many entries' pages could not be read (they are tried again next poll)
 * @param error why the feed could not be read, or {@code null}
 */
public record FeedLine(
    String feed,
    Status status,
    int entries,
    int fetched,
    int added,
    int versions,
    int unchanged,
    int failed,
    @Nullable String error) {
  /** What became of a feed in one poll. */
  public enum Status {
    /** Read, and its new or changed entries followed. */
    READ,
    /** The server said it had not changed (304). */
    NOT_MODIFIED,
    /** It could not be read. */
    FAILED,
    /** Left alone this poll: it failed before and the follower is backing off. */
    BACKING_OFF,
    /** The follower was stopped before it got to this feed, or while reading it. */
    STOPPED;

    /** Whether the feed counts as read. */
    public boolean read() {
      return this == READ || this == NOT_MODIFIED;
    }

    /** The name as printed and in JSON. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public FeedLine {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(status, "status");
  }

  static FeedLine of(String feed, Status status, @Nullable String error) {
    return new FeedLine(feed, status, 0, 0, 0, 0, 0, 0, error);
  }
}
