package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.newsbrief.follow.FeedLine;
import org.newsbrief.follow.FollowOptions;
import org.newsbrief.follow.Follower;
import org.newsbrief.follow.PollReport;
import org.newsbrief.ingest.PrintableText;
import org.newsbrief.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief follow FEED_OR_OPML... [--store DIR] [--every DURATION] [--once] [--json]}:
 * polls feeds into the store until Ctrl-C, or once.
 */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Follow feeds into the store: poll each feed (conditional GET), store new and changed"
          + " entries (reading pages of entries that carry only a summary), regroup the stories,"
          + " and repeat until Ctrl-C.",
      "Inputs: http(s) feed URLs, local .rss/.atom/.xml files, and OPML files listing either."
          + " With --once: exit 0 when every feed was read, 3 when some failed."
    })
final class FollowCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for the feed in hand to be committed. */
  static final long STOP_WAIT_SECONDS = 60;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FEED_OR_OPML", description = "Feeds and OPML files.")
  List<String> inputs = List.of();

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: $NEWSBRIEF_STORE or ./newsbrief-store).")
  @Nullable Path store;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      defaultValue = "15m",
      description = "Time between polls: 90s, 15m, 2h, 1d (default: ${DEFAULT-VALUE}).")
  String every = "15m";

  @Option(names = "--once", description = "Poll once and exit.")
  boolean once;

  @Option(names = "--json", description = "Print each poll's report as one JSON line.")
  boolean json;

  @Option(names = "--quiet", description = "No progress lines on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    FollowOptions options;
    try {
      options = FollowOptions.defaults().every(every);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every: " + e.getMessage());
    }
    Path folder = StoreLocation.resolve(store, System.getenv());
    CountDownLatch closed = new CountDownLatch(1);
    try (ArticleStore articles = ArticleStore.open(folder)) {
      Follower follower = new Follower(articles, options);
      Thread hook = new Thread(() -> stopAndWait(follower, closed), "newsbrief-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        if (once) {
          PollReport report = follower.poll(inputs, this::progress);
          print(report);
          return report.allRead() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
        }
        follower.run(inputs, this::progress, this::print);
        return ExitCodes.OK;
      } finally {
        removeHook(hook);
      }
    } finally {
      closed.countDown();
    }
  }

  /** Ctrl-C: ask the follower to stop, then wait until the store is closed. */
  private static void stopAndWait(Follower follower, CountDownLatch closed) {
    follower.stop();
    try {
      closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running and waits for the store
    }
  }

  private void progress(FeedLine line) {
    if (quiet) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "newsbrief: "
            + line.status().label()
            + " "
            + PrintableText.of(line.feed())
            + ": "
            + line.added()
            + " new, "
            + line.unchanged()
            + " unchanged, "
            + line.failed()
            + " failed"
            + (line.error() == null ? "" : " - " + PrintableText.of(line.error())));
    err.flush();
  }

  private void print(PollReport report) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      out.print(report.toText());
    }
    out.flush();
  }
}
