package org.newsbrief.follow;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.newsbrief.follow.FeedLine.Status;
import org.newsbrief.ingest.FeedContents;
import org.newsbrief.ingest.FeedFetch;
import org.newsbrief.ingest.FeedItem;
import org.newsbrief.ingest.FetchFailure;
import org.newsbrief.ingest.WebClient;
import org.newsbrief.model.Problem;
import org.newsbrief.store.ArticleStore;

/**
 * One feed in one poll: read it (conditionally), find the entries that are new, changed or owed a
 * retry, read their text (inline, or their linked page), store them in one committed batch, and
 * record what happened in the follower's state. Entries that did not change are not read again.
 */
final class FeedPoll {
  private final WebClient web;
  private final ArticleStore store;
  private final FollowState state;
  private final Clock clock;
  private final long maxBytes;
  private final BooleanSupplier stopped;

  FeedPoll(
      WebClient web,
      ArticleStore store,
      FollowState state,
      Clock clock,
      long maxBytes,
      BooleanSupplier stopped) {
    this.web = web;
    this.store = store;
    this.state = state;
    this.clock = clock;
    this.maxBytes = maxBytes;
    this.stopped = stopped;
  }

  /** Polls {@code feed}; entries that failed go to {@code problems}. */
  FeedLine run(String feed, List<Problem> problems) throws IOException {
    FeedState before = state.feed(feed);
    if (before.skipPolls() > 0) {
      state.put(before.skipped());
      return FeedLine.of(feed, Status.BACKING_OFF, before.error());
    }
    boolean url = feed.regionMatches(true, 0, "http", 0, 4);
    URI base = url ? URI.create(feed) : null;
    FeedContents contents = null;
    FeedState after;
    try {
      if (url) {
        FeedFetch fetched = web.feed(URI.create(feed), before.validators());
        base = fetched.uri();
        contents = fetched.contents();
        after = before.read(fetched.validators(), clock.instant());
      } else {
        contents = FeedContents.read(Path.of(feed), maxBytes);
        after = before.read(before.validators(), clock.instant());
      }
    } catch (FetchFailure | IOException | IllegalArgumentException e) {
      if (stopped.getAsBoolean()) {
        return FeedLine.of(feed, Status.STOPPED, null);
      }
      after = before.failed(String.valueOf(e.getMessage()));
    }
    String outlet = contents == null ? null : contents.title();
    List<EntryWork> work = new ArrayList<>();
    int unchanged = 0;
    Set<String> listed = new HashSet<>();
    if (contents != null) {
      for (FeedItem item : contents.items()) {
        String key = item.key();
        if (key == null || !listed.add(key)) {
          continue;
        }
        EntryState known = state.entry(feed, key);
        if (known == null || known.retry() || known.changedIn(item)) {
          work.add(new EntryWork(feed, item, known, outlet, base));
        } else {
          unchanged++;
        }
      }
    }
    for (EntryState owed : state.retries(feed)) {
      if (!listed.contains(String.valueOf(owed.item().key()))) {
        work.add(new EntryWork(feed, owed.item(), owed, owed.outlet(), base));
      }
    }
    EntryBatch batch = new EntryBatch(web, store, state, clock, stopped);
    EntryBatch.Counts counts = batch.run(work, problems);
    // a poll stopped midway keeps the old validators, so the next poll reads the feed again
    state.put(batch.wasStopped() ? before : after);
    FollowStateFile.save(store.folder(), state);
    Status status =
        batch.wasStopped()
            ? Status.STOPPED
            : after.error() != null
                ? Status.FAILED
                : contents == null ? Status.NOT_MODIFIED : Status.READ;
    return new FeedLine(
        feed,
        status,
        contents == null ? 0 : contents.items().size(),
        counts.read(),
        counts.added(),
        counts.versions(),
        unchanged,
        counts.failed(),
        after.error());
  }

  /** One entry to read: the entry as now listed, what was known of it, and where it came from. */
  record EntryWork(
      String feed,
      FeedItem item,
      @Nullable EntryState known,
      @Nullable String outlet,
      @Nullable URI base) {}
}
