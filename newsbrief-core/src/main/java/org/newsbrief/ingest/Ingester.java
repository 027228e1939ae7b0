package org.newsbrief.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * The front door of ingest: reads paths and URLs into documents, one report line per input. Inputs
 * are files (see {@link FileIngester} for the kinds), folders (walked recursively in sorted order;
 * files of other kinds are passed over, and {@code .urls} lists are fetched only when named
 * directly), http(s) URLs and {@code .urls} files listing URLs. Every input that cannot be read
 * becomes a problem naming it; the run goes on and keeps whatever was read.
 */
public final class Ingester {
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
  private static final String UNSUPPORTED =
      "unsupported file type (expected .txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc,"
          + " .warc.gz, .arc, .arc.gz or .urls)";

  private final IngestOptions options;
  private final Clock clock;
  private final Sleeper sleeper;

  /** An ingester with default limits. */
  public Ingester() {
    this(IngestOptions.defaults());
  }

  /** An ingester with {@code options}. */
  public Ingester(IngestOptions options) {
    this(options, Clock.systemUTC(), HostPacer.THREAD_SLEEP);
  }

  /** An ingester whose per-host pacing reads {@code clock} and waits with {@code sleeper}. */
  Ingester(IngestOptions options, Clock clock, Sleeper sleeper) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Reads every document in {@code inputs}: paths of files or folders, and http(s) URLs. */
  public IngestResult ingest(List<String> inputs) {
    return ingest(inputs, null);
  }

  /**
   * Reads {@code inputs} as {@link #ingest(List)} does, but hands each document to {@code sink} as
   * soon as it is read, in input order, instead of keeping it: the result's document list is empty
   * and memory stays bounded by one document, however large the archive. An exception the sink
   * throws stops the run and reaches the caller; what the sink accepted before it stays accepted.
   */
  public IngestResult ingest(List<String> inputs, @Nullable Consumer<RawDocument> sink) {
    Run run = new Run(sink);
    for (String input : inputs) {
      if (URL_LIKE.matcher(input.strip()).matches()) {
        run.url(input.strip());
      } else {
        run.path(input);
      }
    }
    List<RawDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<IngestReport.Input> report = new ArrayList<>();
    for (InputOutcome outcome : run.outcomes) {
      documents.addAll(outcome.documents());
      problems.addAll(outcome.problems());
      report.add(outcome.report());
    }
    return new IngestResult(documents, problems, new IngestReport(report));
  }

  /** One ingest run: its outcomes, and a fetcher made on the first URL. */
  private final class Run {
    final List<InputOutcome> outcomes = new ArrayList<>();
    final @Nullable Consumer<RawDocument> sink;
    @Nullable UrlFetcher fetcher;

    Run(@Nullable Consumer<RawDocument> sink) {
      this.sink = sink;
    }

    InputOutcome start(String input, InputKind kind) {
      InputOutcome outcome = new InputOutcome(input, kind, sink);
      outcomes.add(outcome);
      return outcome;
    }

    void path(String input) {
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        start(input, InputKind.UNKNOWN).fail("not a valid path: " + e.getReason());
        return;
      }
      Path name = path.getFileName();
      InputKind kind = name == null ? null : InputKind.ofFileName(name.toString());
      if (Files.isDirectory(path)) {
        folder(path);
      } else if (!Files.exists(path)) {
        start(path.toString(), kind == null ? InputKind.UNKNOWN : kind)
            .fail("no such file or folder");
      } else if (FileType.refusal(path) != null) {
        start(path.toString(), kind == null ? InputKind.UNKNOWN : kind)
            .fail(String.valueOf(FileType.refusal(path)));
      } else if (kind == null) {
        start(path.toString(), InputKind.UNKNOWN).fail(UNSUPPORTED);
      } else if (kind == InputKind.URLS) {
        urlList(path);
      } else {
        FileIngester.read(path, kind, options.maxBytes(), start(path.toString(), kind));
      }
    }

    void folder(Path folder) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).filter(Ingester::readsInFolder).sorted().toList();
      } catch (IOException | RuntimeException e) {
        start(folder.toString(), InputKind.FOLDER).fail("cannot list folder: " + e.getMessage());
        return;
      }
      if (files.isEmpty()) {
        start(folder.toString(), InputKind.FOLDER).fail("folder holds no file newsbrief reads");
      }
      for (Path file : files) {
        InputKind kind = InputKind.ofFileName(String.valueOf(file.getFileName()));
        if (kind != null) {
          FileIngester.read(file, kind, options.maxBytes(), start(file.toString(), kind));
        }
      }
    }

    void urlList(Path file) {
      InputOutcome list = start(file.toString(), InputKind.URLS);
      List<UrlList.Entry> entries;
      try {
        entries =
            UrlList.parse(FileDecoder.decode(FileIngester.readCapped(file, options.maxBytes())));
      } catch (IOException e) {
        list.fail("cannot read file: " + FileIngester.describe(e));
        return;
      } catch (IllegalArgumentException e) {
        list.fail(String.valueOf(e.getMessage()));
        return;
      }
      if (entries.isEmpty()) {
        list.fail("lists no URLs");
        return;
      }
      outcomes.remove(list);
      for (UrlList.Entry entry : entries) {
        if (URL_LIKE.matcher(entry.url()).matches()) {
          url(entry.url());
        } else {
          start(file + ":" + entry.line(), InputKind.URL)
              .fail("not an http or https URL: " + entry.url());
        }
      }
    }

    void url(String input) {
      InputOutcome outcome = start(input, InputKind.URL);
      try {
        URI uri = UrlFetcher.checked(new URI(input));
        if (fetcher == null) {
          fetcher = new UrlFetcher(options, new HostPacer(options.hostDelay(), clock, sleeper));
        }
        WebPages.read(fetcher.fetch(uri), outcome, fetcher);
      } catch (URISyntaxException e) {
        outcome.fail("malformed URL: " + e.getMessage());
      } catch (FetchFailure e) {
        outcome.fail(String.valueOf(e.getMessage()));
      }
    }
  }

  private static boolean readsInFolder(Path file) {
    InputKind kind = InputKind.ofFileName(String.valueOf(file.getFileName()));
    return kind != null && kind != InputKind.URLS;
  }
}
