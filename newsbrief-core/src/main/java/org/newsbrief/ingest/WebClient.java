package org.newsbrief.ingest;

import java.net.URI;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.newsbrief.model.RawDocument;

/**
 * Fetches feeds and the pages their entries link to, for a follower that polls them again and
 * again: politely (robots.txt kept for a day, a least delay between requests to one host, the
 * User-Agent of {@link IngestOptions}), within the size cap and timeouts of {@link IngestOptions},
 * and with conditional GETs for feeds, so an unchanged feed costs a 304. Every failure is a {@link
 * FetchFailure} with a message for a person. Not thread-safe: one follower owns one client.
 *
 * <pre>{@code
 * WebClient web = new WebClient(IngestOptions.defaults());
 * FeedFetch feed = web.feed(URI.create("https://example.org/news.rss"), CacheValidators.NONE);
 * }</pre>
 */
public final class WebClient {
  private final UrlFetcher fetcher;

  /** A client on the system clock that sleeps the calling thread and is never cancelled. */
  public WebClient(IngestOptions options) {
    this(options, Clock.systemUTC(), HostPacer.THREAD_SLEEP, () -> false);
  }

  /**
   * A client whose pacing reads {@code clock} and waits with {@code sleeper}; once {@code
   * cancelled} says so, a wait for an answer ends at once as a failure.
   */
  public WebClient(IngestOptions options, Clock clock, Sleeper sleeper, BooleanSupplier cancelled) {
    HostPacer pacer = new HostPacer(options.hostDelay(), clock, sleeper);
    this.fetcher = new UrlFetcher(options, pacer, clock, cancelled);
  }

  /** Starts a new poll: origins whose robots.txt could not be read are tried again. */
  public void newPoll() {
    fetcher.forgetFailures();
  }

  /**
   * Fetches and parses the feed at {@code uri}, conditionally when {@code validators} hold any.
   *
   * @throws FetchFailure when it cannot be fetched, or is not an RSS or Atom feed
   */
  public FeedFetch feed(URI uri, CacheValidators validators) throws FetchFailure {
    UrlFetcher.Page page = fetcher.fetch(uri, validators);
    if (page.notModified()) {
      return new FeedFetch(page.uri(), null, page.validators());
    }
    if (page.kind() != InputKind.FEED) {
      throw new FetchFailure(
          "not a feed: " + page.uri() + " sent " + page.contentType() + ", not RSS or Atom");
    }
    if (page.body().length == 0) {
      throw new FetchFailure("feed is empty");
    }
    try {
      return new FeedFetch(
          page.uri(), FeedContents.read(page.body(), page.contentType()), page.validators());
    } catch (IllegalArgumentException e) {
      throw new FetchFailure(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Fetches the page {@code link} of {@code item} as a document carrying the entry's title, date
   * and author.
   *
   * @throws FetchFailure when it cannot be fetched, robots.txt forbids it, or it is not an HTML
   *     page with text
   */
  public RawDocument page(FeedItem item, URI link, @org.jspecify.annotations.Nullable String outlet)
      throws FetchFailure {
    return WebPages.linkedPage(item, link, outlet, fetcher);
  }
}
