package org.newsbrief.follow;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsbrief.follow.FeedLine.Status;
import org.newsbrief.ingest.Sleeper;
import org.newsbrief.ingest.WebClient;
import org.newsbrief.model.Problem;
import org.newsbrief.store.ArticleStore;

/**
 * Follows feeds into a store: {@link #poll} reads every feed once, {@link #run} polls on a schedule
 * until {@link #stop}. Feeds are URLs, local feed files or OPML files listing either ({@link
 * FeedSources}, read again at each poll). After a poll that stored anything, the store regroups its
 * open stories. A stop lets the feed in hand commit, records the state and returns; nothing is left
 * half-written. One follower per store (it holds the store's write lock); {@link #stop} may be
 * called from any thread.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(folder)) {
 *   Follower follower = new Follower(store, FollowOptions.defaults());
 *   PollReport report = follower.poll(List.of("https://example.org/news.rss"));
 * }
 * }</pre>
 */
public final class Follower {
  private static final Duration TICK = Duration.ofMillis(100);

  private final ArticleStore store;
  private final FollowOptions options;
  private final Clock clock;
  private final WebClient web;
  private final Object wake = new Object();
  private volatile boolean stopped;
  private FollowState state;

  /** A follower on the system clock. */
  public Follower(ArticleStore store, FollowOptions options) throws IOException {
    this(store, options, Clock.systemUTC(), null);
  }

  /** A follower whose pacing reads {@code clock} and, when given, waits with {@code sleeper}. */
  Follower(
      ArticleStore store,
      FollowOptions options,
      Clock clock,
      @org.jspecify.annotations.Nullable Sleeper sleeper)
      throws IOException {
    this.store = store;
    this.options = options;
    this.clock = clock;
    this.web =
        new WebClient(
            options.fetch(), clock, sleeper != null ? sleeper : this::pause, () -> stopped);
    this.state = FollowStateFile.load(store.folder());
  }

  /** Reads every feed of {@code inputs} once; {@code progress} hears of each feed as it is read. */
  public PollReport poll(List<String> inputs, Consumer<FeedLine> progress) throws IOException {
    Instant started = clock.instant();
    web.newPoll();
    state = FollowStateFile.load(store.folder());
    long number = state.polls() + 1;
    state.setPolls(number);
    FeedSources sources = FeedSources.of(inputs);
    List<FeedLine> lines = new ArrayList<>();
    for (Problem p : sources.problems()) {
      lines.add(FeedLine.of(p.input(), Status.FAILED, p.message()));
    }
    List<Problem> problems = new ArrayList<>();
    FeedPoll feeds =
        new FeedPoll(web, store, state, clock, options.fetch().maxBytes(), () -> stopped);
    for (String feed : sources.feeds()) {
      FeedLine line = stopped ? FeedLine.of(feed, Status.STOPPED, null) : feeds.run(feed, problems);
      lines.add(line);
      progress.accept(line);
    }
    Thread.interrupted(); // a stop may have woken a wait; the store must not see it
    int regrouped = lines.stream().anyMatch(l -> l.added() > 0) ? store.regroup() : 0;
    FollowStateFile.save(store.folder(), state);
    return new PollReport(number, started, clock.instant(), lines, problems, regrouped, stopped);
  }

  /** Reads every feed of {@code inputs} once. */
  public PollReport poll(List<String> inputs) throws IOException {
    return poll(inputs, line -> {});
  }

  /**
   * Polls {@code inputs} every {@link FollowOptions#every()} (from the start of one poll to the
   * start of the next) until {@link #stop}, handing each report to {@code reports}.
   */
  public void run(List<String> inputs, Consumer<FeedLine> progress, Consumer<PollReport> reports)
      throws IOException {
    while (!stopped) {
      Instant started = clock.instant();
      reports.accept(poll(inputs, progress));
      Instant next = started.plus(options.every());
      synchronized (wake) {
        while (!stopped && clock.instant().isBefore(next)) {
          try {
            wake.wait(
                Math.max(
                    1,
                    Math.min(
                        TICK.toMillis() * 10, Duration.between(clock.instant(), next).toMillis())));
          } catch (InterruptedException e) {
            stopped = true;
          }
        }
      }
    }
  }

  /** Asks the follower to stop: a wait ends at once, the feed in hand is committed. */
  public void stop() {
    stopped = true;
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  /** Whether {@link #stop} was called. */
  public boolean stopped() {
    return stopped;
  }

  /** Waits in short ticks so that a stop ends the wait soon. */
  private void pause(Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
      if (stopped) {
        throw new InterruptedException("stopped");
      }
      Thread.sleep(Math.max(1, Math.min(TICK.toMillis(), left / 1_000_000)));
    }
  }
}
