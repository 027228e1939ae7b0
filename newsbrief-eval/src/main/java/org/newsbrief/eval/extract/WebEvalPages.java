package org.newsbrief.eval.extract;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.clean.PageExtraction;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.ingest.IngestResult;


/**
 * The web-eval pages on disk, each read as {@code newsbrief ingest} reads an HTML file (bytes
 * decoded as a browser would) and cleaned. {@code pages.tar.xz} is unpacked with {@code tar} to a
 * temporary folder, removed on close, unless unpacked pages are given.
 */
final class WebEvalPages implements Closeable {
  private final Path folder;
  private final @Nullable Path temporary;
  private final FileIngester ingester = new FileIngester();
  private final NewsCleaner cleaner = new NewsCleaner();

  private WebEvalPages(Path folder, @Nullable Path temporary) {
    this.folder = folder;
    this.temporary = temporary;
  }

  static WebEvalPages open(Path data, @Nullable String pages) throws IOException {
    if (pages != null) {
      return new WebEvalPages(Path.of(pages), null);
    }
    if (Files.isDirectory(data.resolve("pages"))) {
      return new WebEvalPages(data.resolve("pages"), null);
    }
    Path tmp = Files.createTempDirectory("newsbrief-webeval");
    Process tar =
        new ProcessBuilder(
                "tar", "-xJf", data.resolve("pages.tar.xz").toAbsolutePath().toString(), "-C",
                tmp.toString())
            .inheritIO()
            .start();
    try {
      if (tar.waitFor() != 0) {
        throw new IOException("tar could not unpack " + data.resolve("pages.tar.xz"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while unpacking pages", e);
    }
    return new WebEvalPages(tmp.resolve("pages"), tmp);
  }

  /** Reads and cleans one page from its HTML alone. */
  WebPageResult extract(String page) {
    Path file = folder.resolve(page + ".html");
    IngestResult read = ingester.ingest(List.of(file));
    if (read.documents().isEmpty()) {
      String why = read.problems().isEmpty() ? "not read" : read.problems().get(0).message();
      return WebPageResult.failed(page, why);
    }
    PageExtraction x = cleaner.extract(read.documents().get(0));
    return new WebPageResult(
        page,
        x.paragraphs().isEmpty() ? null : String.join("\n", x.paragraphs()),
        x.published() == null ? null : x.published().toString(),
        x.byline().isEmpty() ? null : String.join(", ", x.byline()),
        x.paragraphs().isEmpty() ? "no article text" : null);
  }

  @Override
  public void close() throws IOException {
    if (temporary != null) {
      try (Stream<Path> all = Files.walk(temporary)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
