package org.newsbrief.follow;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.newsbrief.follow.FeedPoll.EntryWork;
import org.newsbrief.ingest.FeedItem;
import org.newsbrief.ingest.FetchFailure;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;

/**
 * Reads the text of a feed's entries and stores them in one committed batch. An entry with inline
 * full text is stored from it; an entry with only a link and a summary is read from its page, and
 * when the page cannot be fetched the entry is a named failure that a later poll retries; an entry
 * with a summary and no link is a named failure, never stored (a summary is not the article).
 */
final class EntryBatch {
  /** The counts of one batch. */
  record Counts(int read, int added, int versions, int failed) {}

  private final org.newsbrief.ingest.WebClient web;
  private final ArticleStore store;
  private final FollowState state;
  private final Clock clock;
  private final BooleanSupplier stopped;
  private boolean cut;

  EntryBatch(
      org.newsbrief.ingest.WebClient web,
      ArticleStore store,
      FollowState state,
      Clock clock,
      BooleanSupplier stopped) {
    this.web = web;
    this.store = store;
    this.state = state;
    this.clock = clock;
    this.stopped = stopped;
  }

  /** Whether the follower was stopped before every entry was read. */
  boolean wasStopped() {
    return cut;
  }

  Counts run(List<EntryWork> work, List<Problem> problems) throws IOException {
    List<RawDocument> documents = new ArrayList<>();
    Map<String, EntryWork> bySource = new HashMap<>();
    int failed = 0;
    int read = 0;
    for (EntryWork w : work) {
      if (stopped.getAsBoolean()) {
        cut = true;
        break;
      }
      FeedItem item = w.item();
      read++;
      String source = item.link() != null ? item.link() : w.feed() + "#" + item.key();
      try {
        RawDocument document = item.inline(source, w.outlet());
        if (document == null) {
          document = web.page(item, link(w), w.outlet());
        }
        documents.add(document);
        bySource.put(document.source(), w);
      } catch (FetchFailure e) {
        if (stopped.getAsBoolean()) {
          cut = true;
          read--;
          break;
        }
        failed++;
        fail(w, source, String.valueOf(e.getMessage()), true, problems);
      } catch (IllegalArgumentException e) {
        failed++;
        fail(w, source, String.valueOf(e.getMessage()), false, problems);
      }
    }
    Thread.interrupted(); // a stop may have woken a wait; the store must not see it
    AddResult result = store.add(documents);
    int added = 0;
    int versions = 0;
    for (RawDocument d : documents) {
      EntryWork w = bySource.get(d.source());
      String id = result.ids().get(d.source());
      if (w == null) {
        continue;
      }
      if (id == null) {
        failed++;
        fail(w, d.source(), refusal(result, d.source()), false, problems);
        continue;
      }
      EntryState known = w.known();
      if (result.added().contains(id)) {
        added++;
        if (known != null && !known.articles().isEmpty() && !known.articles().contains(id)) {
          versions++;
        }
      }
      state.put(start(w).stored(w.item(), w.outlet(), id));
    }
    return new Counts(read, added, versions, failed);
  }

  private void fail(EntryWork w, String source, String why, boolean again, List<Problem> problems) {
    problems.add(new Problem(source, why));
    state.put(start(w).failed(w.item(), w.outlet(), why, again));
  }

  private EntryState start(EntryWork w) {
    EntryState known = w.known();
    return known != null
        ? known
        : new EntryState(
            w.feed(), w.item(), w.outlet(), List.of(), null, false, 0, clock.instant());
  }

  /**
   * The entry's page, resolved against the feed's address.
   *
   * @throws IllegalArgumentException when the entry has no link (only a summary) or a malformed one
   */
  private static URI link(EntryWork w) {
    String link = w.item().link();
    if (link == null) {
      throw new IllegalArgumentException(
          "the entry has only a summary and no link to its page; a summary is not stored as the"
              + " article");
    }
    URI base = w.base();
    return base == null ? URI.create(link.strip()) : base.resolve(link.strip());
  }

  private static String refusal(AddResult result, String source) {
    for (Problem p : result.problems()) {
      if (p.input().equals(source)) {
        return p.message();
      }
    }
    return "the page gave no article";
  }
}
