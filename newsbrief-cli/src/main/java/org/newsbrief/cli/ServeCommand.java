package org.newsbrief.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.NewsBriefings;
import org.newsbrief.follow.FollowOptions;
import org.newsbrief.serve.NewsServer;
import org.newsbrief.serve.ServeOptions;
import org.newsbrief.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbrief serve}: the web UI and JSON API over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web UI and JSON API over an article store until interrupted.",
      "Listens on loopback by default; any other --host needs an access token (--token or"
          + " $NEWSBRIEF_TOKEN), which every request must then carry.",
      "With --follow, also polls feeds into the store as `newsbrief follow` does. A missing"
          + " store is created empty."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "NEWSBRIEF_TOKEN";

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: $NEWSBRIEF_STORE or ./newsbrief-store).")
  @Nullable Path store;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--token", paramLabel = "T", description = "Access token (16+ characters).")
  @Nullable String token;

  @Option(
      names = "--rate",
      defaultValue = "50",
      paramLabel = "N",
      description = "Requests a second allowed per client, bursts of 2N; 0 = unlimited.")
  int rate = ServeOptions.DEFAULT_RATE;

  @Option(
      names = "--follow",
      paramLabel = "FEED_OR_OPML",
      arity = "1..*",
      description = "Feeds (URLs, files, OPML) to poll into the store while serving.")
  java.util.List<String> follow = new java.util.ArrayList<>();

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      defaultValue = "15m",
      description =
          "Time between polls with --follow: 90s, 15m, 2h, 1d (default: ${DEFAULT-VALUE}).")
  String every = "15m";

  @Override
  public Integer call() throws Exception {
    String accessToken = token != null ? token : System.getenv(TOKEN_ENV);
    ServeOptions options;
    try {
      options = new ServeOptions(host, port, accessToken, rate);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    FollowOptions following;
    try {
      following = FollowOptions.defaults().every(every);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every: " + e.getMessage());
    }
    NewsBriefings.preload(); // pages brief: the models load while the store opens
    Path folder = StoreLocation.resolve(store, System.getenv());
    try (ArticleStore articles =
            follow.isEmpty() ? openForReading(folder) : ArticleStore.open(folder);
        NewsServer server = NewsServer.start(articles, options);
        ServeFollow follower =
            follow.isEmpty()
                ? null
                : new ServeFollow(articles, following, follow, spec.commandLine().getErr())) {
      spec.commandLine()
          .getErr()
          .println(
              "newsbrief: serving "
                  + articles.size()
                  + " articles at "
                  + server.uri()
                  + (follower == null ? "" : ", following " + follow.size() + " feed inputs"));
      spec.commandLine().getErr().flush();
      server.join();
    }
    return ExitCodes.OK;
  }

  /** The store for reading only; a missing or empty folder becomes an empty store first. */
  static ArticleStore openForReading(Path folder) throws IOException {
    try {
      return ArticleStore.openReadOnly(folder);
    } catch (FileNotFoundException e) {
      ArticleStore.open(folder).close();
      return ArticleStore.openReadOnly(folder);
    }
  }
}
