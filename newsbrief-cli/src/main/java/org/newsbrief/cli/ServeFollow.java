package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.newsbrief.follow.FeedLine;
import org.newsbrief.follow.FollowOptions;
import org.newsbrief.follow.Follower;
import org.newsbrief.follow.PollReport;
import org.newsbrief.ingest.PrintableText;
import org.newsbrief.store.ArticleStore;

/**
 * {@code serve --follow}: a follower polling feeds into the served store on a thread of its own.
 * Closing it (or Ctrl-C, through a shutdown hook) stops the follower and waits until the feed in
 * hand is committed.
 */
final class ServeFollow implements AutoCloseable {
  private final Follower follower;
  private final Thread thread;
  private final Thread hook;

  ServeFollow(ArticleStore store, FollowOptions options, List<String> feeds, PrintWriter err)
      throws IOException {
    this.follower = new Follower(store, options);
    this.thread =
        new Thread(
            () -> {
              try {
                follower.run(feeds, line -> {}, report -> print(report, err));
              } catch (IOException | RuntimeException e) {
                err.println("newsbrief: following stopped: " + PrintableText.of(Main.describe(e)));
                err.flush();
              }
            },
            "newsbrief-follow");
    this.thread.setDaemon(true);
    this.hook = new Thread(this::stopAndWait, "newsbrief-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    thread.start();
  }

  private static void print(PollReport report, PrintWriter err) {
    int failed = (int) report.feeds().stream().filter(f -> !f.status().read()).count();
    err.printf(
        "newsbrief: poll %d: %d feeds read, %d failed, %d new articles%n",
        report.poll(), report.feeds().size() - failed, failed, report.added());
    for (FeedLine f : report.feeds()) {
      if (f.error() != null) {
        err.println(
            "newsbrief: "
                + PrintableText.of(f.feed())
                + ": "
                + PrintableText.of(String.valueOf(f.error())));
      }
    }
    err.flush();
  }

  private void stopAndWait() {
    follower.stop();
    try {
      thread.join(FollowCommand.STOP_WAIT_SECONDS * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stopAndWait();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is doing the same
    }
  }
}
