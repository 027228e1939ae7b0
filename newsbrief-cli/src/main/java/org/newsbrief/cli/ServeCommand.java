package org.newsbrief.cli;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.ingest.PrintableText;
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
          + " $NEWSBRIEF_TOKEN), which every request must then carry."
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

  @Override
  public Integer call() throws Exception {
    String accessToken = token != null ? token : System.getenv(TOKEN_ENV);
    ServeOptions options;
    try {
      options = new ServeOptions(host, port, accessToken, rate);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path folder = StoreLocation.resolve(store, System.getenv());
    try (ArticleStore articles = ArticleStore.openReadOnly(folder);
        NewsServer server = NewsServer.start(articles, options)) {
      spec.commandLine()
          .getErr()
          .println("newsbrief: serving " + articles.size() + " articles at " + server.uri());
      spec.commandLine().getErr().flush();
      server.join();
    } catch (FileNotFoundException e) {
      spec.commandLine()
          .getErr()
          .println(
              PrintableText.of(
                  "newsbrief: "
                      + e.getMessage()
                      + " (add articles with: newsbrief ingest --store "
                      + folder
                      + " PATH...)"));
      return ExitCodes.ERROR;
    }
    return ExitCodes.OK;
  }
}
