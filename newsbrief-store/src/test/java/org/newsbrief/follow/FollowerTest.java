package org.newsbrief.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.follow.FeedLine.Status;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.store.ArticleStore;
import org.newsbrief.store.SearchQuery;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FollowerTest {
  static final String DATE1 = "Mon, 24 Nov 2014 10:00:00 GMT";
  static final String DATE2 = "Tue, 25 Nov 2014 10:00:00 GMT";

  @TempDir Path dir;
  private final FeedSite site = new FeedSite();
  private final FakeTime time = new FakeTime();
  private final FollowOptions options =
      new FollowOptions(
          Duration.ofMinutes(15),
          new IngestOptions(
              1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(5), 5, Duration.ofSeconds(1)));

  FollowerTest() throws IOException {}

  @AfterEach
  void stop() {
    site.close();
  }

  static String talks(String extra) {
    return "<p>Kerry met Zarif in Vienna on Monday as the nuclear talks entered their final day"
        + " and negotiators worked late into the night.</p>"
        + "<p>\"We are closer than we have ever been to a deal,\" Kerry told reporters after the"
        + " meeting at the Palais Coburg.</p>"
        + "<p>Negotiators agreed to extend the deadline by seven months. "
        + extra
        + "</p>";
  }

  static String harvest() {
    return "<p>Farmers in Kansas brought in a record wheat harvest this summer after steady"
        + " rains across the plains.</p>"
        + "<p>\"It was the best season in a decade,\" said Dale Winters, a grower near"
        + " Wichita.</p><p>Prices fell as elevators filled across the state.</p>";
  }

  private void twoEntries() {
    site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    site.page("/a", "Kerry meets Zarif", talks(""));
    site.page("/b", "Record harvest", harvest());
    site.rss(
        "/feed.rss",
        FeedSite.item(site.url("/a"), "a1", DATE1, "Teaser about zebrafish summits")
            + FeedSite.item(site.url("/b"), "b1", DATE1, "Teaser about zebrafish fields"));
  }

  private Follower follower(ArticleStore store) throws IOException {
    return new Follower(store, options, time, time);
  }

  @Test
  void followsSummaryOnlyEntriesToTheirPagesAndNeverStoresTheSummary() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      PollReport report = follower(store).poll(List.of(site.url("/feed.rss")));

      assertThat(report.allRead()).isTrue();
      assertThat(report.feeds())
          .singleElement()
          .extracting(FeedLine::status)
          .isEqualTo(Status.READ);
      assertThat(report.added()).isEqualTo(2);
      assertThat(store.search(SearchQuery.text("Palais Coburg")).hits()).hasSize(1);
      assertThat(store.search(SearchQuery.text("zebrafish")).hits()).isEmpty();
    }
  }

  @Test
  void anUnchangedFeedCostsA304AndNoPageIsFetchedAgain() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      Follower follower = follower(store);
      follower.poll(List.of(site.url("/feed.rss")));
      PollReport second = follower.poll(List.of(site.url("/feed.rss")));

      assertThat(second.feeds().get(0).status()).isEqualTo(Status.NOT_MODIFIED);
      assertThat(second.allRead()).isTrue();
      assertThat(site.requests.get(site.requests.size() - 1).ifNoneMatch()).isNotEmpty();
      assertThat(site.count("/a")).isEqualTo(1);
      assertThat(site.count("/b")).isEqualTo(1);
    }
  }

  @Test
  void unchangedEntriesOfAChangedFeedAreNotFetchedAndAChangedOneIsANewVersion() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      Follower follower = follower(store);
      follower.poll(List.of(site.url("/feed.rss")));
      site.page("/a", "Kerry meets Zarif", talks("A new round is set for December in Oman."));
      site.rss(
          "/feed.rss",
          FeedSite.item(site.url("/a"), "a1", DATE2, "Teaser")
              + FeedSite.item(site.url("/b"), "b1", DATE1, "Teaser"));

      PollReport second = follower.poll(List.of(site.url("/feed.rss")));

      FeedLine line = second.feeds().get(0);
      assertThat(line.status()).isEqualTo(Status.READ);
      assertThat(line.fetched()).isEqualTo(1);
      assertThat(line.unchanged()).isEqualTo(1);
      assertThat(line.versions()).isEqualTo(1);
      assertThat(site.count("/a")).isEqualTo(2);
      assertThat(site.count("/b")).isEqualTo(1);
      assertThat(store.size()).isEqualTo(3);
      EntryState a = FollowStateFile.load(dir).entry(site.url("/feed.rss"), site.url("/a"));
      assertThat(a).isNotNull();
      assertThat(a.articles()).hasSize(2);
    }
  }

  @Test
  void aPageRobotsForbidsIsANamedFailureRetriedOnALaterPoll() throws IOException {
    twoEntries();
    site.page("/private/c", "Record harvest", harvest().replace("Kansas", "Nebraska"));
    site.rss("/feed.rss", FeedSite.item(site.url("/private/c"), "c1", DATE1, "A teaser for c"));
    try (ArticleStore store = ArticleStore.open(dir)) {
      Follower follower = follower(store);
      PollReport first = follower.poll(List.of(site.url("/feed.rss")));

      assertThat(first.feeds().get(0).failed()).isEqualTo(1);
      assertThat(first.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains("robots.txt"));
      assertThat(site.count("/private/c")).isZero();
      assertThat(store.size()).isZero();

      time.advance(Duration.ofDays(2)); // robots.txt is read again after a day
      site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
      PollReport second = follower.poll(List.of(site.url("/feed.rss")));

      assertThat(second.feeds().get(0).status()).isEqualTo(Status.NOT_MODIFIED);
      assertThat(second.added()).isEqualTo(1);
      assertThat(store.search(SearchQuery.text("Nebraska")).hits()).hasSize(1);
    }
  }

  @Test
  void requestsToOneHostArePacedWithoutWaitingInTheTest() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      follower(store).poll(List.of(site.url("/feed.rss")));
    }
    // robots.txt, the feed, /a, /b: three waits of the host delay
    assertThat(time.sleeps).hasSize(3).allMatch(d -> d.equals(Duration.ofSeconds(1)));
  }

  @Test
  void aStopMidwayCommitsWhatWasReadAndTheNextPollReadsTheRest() throws IOException {
    twoEntries();
    java.util.concurrent.atomic.AtomicReference<Follower> running =
        new java.util.concurrent.atomic.AtomicReference<>();
    org.newsbrief.ingest.Sleeper stopOnThirdWait =
        d -> {
          time.sleep(d);
          if (time.sleeps.size() == 3) { // before /b: robots, feed, /a were fetched
            running.get().stop();
            throw new InterruptedException("stopped");
          }
        };
    try (ArticleStore store = ArticleStore.open(dir)) {
      running.set(new Follower(store, options, time, stopOnThirdWait));
      PollReport stopped = running.get().poll(List.of(site.url("/feed.rss")));

      assertThat(stopped.stopped()).isTrue();
      assertThat(stopped.feeds().get(0).status()).isEqualTo(Status.STOPPED);
      assertThat(stopped.added()).isEqualTo(1);
      assertThat(store.size()).isEqualTo(1);

      PollReport next = follower(store).poll(List.of(site.url("/feed.rss")));

      assertThat(next.feeds().get(0).status()).isEqualTo(Status.READ);
      assertThat(next.feeds().get(0).unchanged()).isEqualTo(1);
      assertThat(next.added()).isEqualTo(1);
      assertThat(site.count("/a")).isEqualTo(1);
      assertThat(site.count("/b")).isEqualTo(1);
    }
  }

  @Test
  void backsOffFromAFeedThatKeepsFailing() throws IOException {
    site.status("/broken.rss", 500);
    try (ArticleStore store = ArticleStore.open(dir)) {
      Follower follower = follower(store);
      StringBuilder statuses = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        PollReport r = follower.poll(List.of(site.url("/broken.rss")));
        assertThat(r.allRead()).isFalse();
        statuses.append(r.feeds().get(0).status() == Status.BACKING_OFF ? 'b' : 'f');
      }
      // failures 1, 2, 3 then skip 0, 1, 3 polls
      assertThat(statuses).hasToString("ffbfbbbf");
      assertThat(site.count("/broken.rss")).isEqualTo(4);
    }
  }

  @Test
  void aRestartCarriesOnFromTheStateInTheStore() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      follower(store).poll(List.of(site.url("/feed.rss")));
    }
    assertThat(dir.resolve(FollowStateFile.NAME)).exists();
    try (ArticleStore store = ArticleStore.open(dir)) {
      PollReport again = follower(store).poll(List.of(site.url("/feed.rss")));
      assertThat(again.poll()).isEqualTo(2);
      assertThat(again.feeds().get(0).status()).isEqualTo(Status.NOT_MODIFIED);
    }
    assertThat(site.count("/a")).isEqualTo(1);
  }

  @Test
  void anEntryWithOnlyASummaryAndNoLinkIsANamedFailure() throws IOException {
    Path feed = dir.resolve("local.rss");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
            + "<item><guid isPermaLink=\"false\">x1</guid><title>Only a teaser</title><description>Teaser words here"
            + " about zebrafish.</description></item></channel></rss>");
    try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
      PollReport report = follower(store).poll(List.of(feed.toString()));

      assertThat(report.allRead()).isTrue();
      assertThat(report.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains("only a summary"));
      assertThat(store.size()).isZero();
    }
  }

  @Test
  void aMissingFeedFileFailsThePollButNotTheOthers() throws IOException {
    twoEntries();
    try (ArticleStore store = ArticleStore.open(dir)) {
      PollReport report =
          follower(store).poll(List.of(dir.resolve("nope.rss").toString(), site.url("/feed.rss")));
      assertThat(report.allRead()).isFalse();
      assertThat(report.added()).isEqualTo(2);
      assertThat(report.toJson()).contains("\"status\":\"failed\"").contains("\"status\":\"read\"");
    }
  }
}
