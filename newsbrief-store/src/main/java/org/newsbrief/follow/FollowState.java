package org.newsbrief.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the follower remembers: each feed's state and each entry's, and how many polls ran.
 * Mutable, and owned by one follower at a time (the one holding the store's write lock).
 */
final class FollowState {
  private final Map<String, FeedState> feeds = new TreeMap<>();
  private final Map<String, EntryState> entries = new TreeMap<>();
  private long polls;

  long polls() {
    return polls;
  }

  void setPolls(long n) {
    polls = n;
  }

  FeedState feed(String feed) {
    return feeds.getOrDefault(feed, FeedState.fresh(feed));
  }

  void put(FeedState state) {
    feeds.put(state.feed(), state);
  }

  /** The state of entry {@code key} of {@code feed}, or null when it was never seen. */
  @org.jspecify.annotations.Nullable
  EntryState entry(String feed, String key) {
    return entries.get(id(feed, key));
  }

  void put(EntryState state) {
    entries.put(id(state.feed(), String.valueOf(state.item().key())), state);
  }

  /** The entries of {@code feed} whose page failed and should be tried again. */
  List<EntryState> retries(String feed) {
    List<EntryState> out = new ArrayList<>();
    for (EntryState e : entries.values()) {
      if (e.feed().equals(feed) && e.retry()) {
        out.add(e);
      }
    }
    return out;
  }

  List<FeedState> feeds() {
    return List.copyOf(feeds.values());
  }

  List<EntryState> entries() {
    return List.copyOf(entries.values());
  }

  private static String id(String feed, String key) {
    return feed + "\n" + key;
  }
}
