package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.Ingested;
import org.newsbrief.NewsBriefings;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.ingest.IngestReport;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.ingest.PrintableText;
import org.newsbrief.model.Problem;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief ingest PATH_OR_URL... [--store DIR | --no-store] [--json] [--max-bytes N]}:
 * reads, cleans, adds to the store and reports.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read and clean articles from files, folders, web archives and URLs, and report on each"
          + " input (exit 0: all read; 3: some inputs failed or were read in part).",
      "Inputs: .txt .html .htm .jsonl .rss .atom .xml .warc(.gz) .arc(.gz), .urls lists (one URL"
          + " a line) and http(s) URLs, fetched politely (robots.txt, 1 s between requests to a"
          + " host)."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH_OR_URL",
      description = "Files, folders, .urls lists or http(s) URLs.")
  List<String> inputs = List.of();

  @Option(names = "--json", description = "Print the report as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description =
          "Largest file, fetched page or archive record to read (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder to add to (default: $NEWSBRIEF_STORE or ./newsbrief-store).")
  @Nullable Path store;

  @Option(names = "--no-store", description = "Only read, clean and report; store nothing.")
  boolean noStore;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
    }
    IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
    IngestReport report = noStore ? reportOnly(options) : store(options);
    if (json) {
      spec.commandLine().getOut().println(report.toJson());
    } else {
      spec.commandLine().getOut().print(report.toText());
    }
    spec.commandLine().getOut().flush();
    return report.allOk() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private IngestReport reportOnly(IngestOptions options) {
    Ingested ingested = NewsBriefings.create().ingest(inputs, options);
    ingested.problems().forEach(this::skipped);
    return ingested.report();
  }

  /**
   * Reads and adds in committed batches as documents arrive: what was acknowledged survives a
   * crash, and no more than one batch of documents is held in memory.
   */
  private IngestReport store(IngestOptions options) throws IOException {
    Path folder = StoreLocation.resolve(store, System.getenv());
    try (ArticleStore articles = ArticleStore.open(folder)) {
      StoreFeed feed =
          new StoreFeed(articles, spec.commandLine().getErr(), quiet, System.console() != null);
      IngestResult read;
      try {
        read = NewsBriefings.create().read(inputs, options, feed);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      AddResult added = feed.finish();
      read.problems().forEach(this::skipped);
      IngestReport report = read.report();
      for (Problem p : added.problems()) {
        skipped(p);
        report = report.withRejected(p.input(), p.message());
      }
      if (!quiet) {
        spec.commandLine()
            .getErr()
            .printf(
                "newsbrief: stored %d new articles in %s (%d already there)%n",
                added.added().size(),
                PrintableText.of(folder.toString()),
                added.unchanged().size());
      }
      return report;
    }
  }

  private void skipped(Problem p) {
    spec.commandLine().getErr().println("newsbrief: skipped " + Problems.printable(p));
  }
}
