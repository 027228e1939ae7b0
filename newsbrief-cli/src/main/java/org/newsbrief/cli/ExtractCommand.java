package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.NewsBriefings;
import org.newsbrief.clean.PageExtraction;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief extract INPUT... [--format txt|md|json|jsonl] [--out FILE]}: the main text and
 * metadata of each page, file or URL, as {@code ingest} reads them (see docs/extract.md).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the main text and metadata (title, byline, outlet, dates, URL, language) of each"
          + " file or URL (exit 0: all read; 3: some inputs failed, the others are still printed).",
      "Inputs as for ingest: .html .htm .txt .jsonl feeds, web archives, .urls lists, http(s) URLs."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or http(s) URLs.")
  List<String> inputs = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "txt, md, json or jsonl (default: txt).")
  ExtractFormat format = ExtractFormat.TXT;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  @Nullable Path out;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Largest file or fetched page to read (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() throws IOException {
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
    }
    NewsBriefings briefings = NewsBriefings.create();
    IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
    List<ExtractOutput.Item> items = new ArrayList<>();
    boolean failed = false;
    for (String input : inputs) {
      IngestResult read = briefings.read(List.of(input), options);
      for (Problem p : read.problems()) {
        items.add(ExtractOutput.Item.failed(p.input(), p.message()));
        failed = true;
      }
      for (RawDocument document : read.documents()) {
        PageExtraction page = briefings.extract(document);
        String name = read.documents().size() == 1 ? input : document.source();
        if (page.paragraphs().isEmpty()) {
          items.add(
              ExtractOutput.Item.failed(name, "no article text left after removing boilerplate"));
          failed = true;
        } else {
          items.add(ExtractOutput.Item.of(name, page));
        }
      }
      if (read.documents().isEmpty() && read.problems().isEmpty()) {
        items.add(ExtractOutput.Item.failed(input, "no document found"));
        failed = true;
      }
    }
    if (format == ExtractFormat.TXT || format == ExtractFormat.MD) {
      for (ExtractOutput.Item item : items) {
        if (item.error() != null) {
          spec.commandLine()
              .getErr()
              .println("newsbrief: skipped " + item.input() + ": " + item.error());
        }
      }
      spec.commandLine().getErr().flush();
    }
    String text = ExtractOutput.render(items, format);
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(text);
      writer.flush();
    }
    return failed ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }

  /** Reads a format name in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ExtractFormat> {
    @Override
    public ExtractFormat convert(String value) {
      try {
        return ExtractFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown format '" + value + "' (txt, md, json or jsonl)");
      }
    }
  }
}
