package org.newsbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsbrief.Ingested;
import org.newsbrief.NewsBriefings;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.ingest.IngestReport;
import org.newsbrief.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief ingest PATH_OR_URL... [--json] [--max-bytes N]}: reads, cleans and reports. */
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

  @Override
  public Integer call() {
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
    }
    Ingested ingested =
        NewsBriefings.create().ingest(inputs, IngestOptions.defaults().withMaxBytes(maxBytes));
    for (Problem p : ingested.problems()) {
      spec.commandLine().getErr().println("newsbrief: skipped " + p);
    }
    IngestReport report = ingested.report();
    if (json) {
      spec.commandLine().getOut().println(report.toJson());
    } else {
      spec.commandLine().getOut().print(report.toText());
    }
    spec.commandLine().getOut().flush();
    return report.allOk() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }
}
