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
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * The web-eval pages on disk, each read as {@code newsbrief ingest} reads an HTML file (bytes
 * decoded as a browser would) and cleaned. {@code pages.tar.xz} is unpacked with {@code tar} to a
 * temporary folder, removed on close, unless unpacked pages are given.
 */
final class WebEvalPages implements Closeable {
  private final Path folder;
  private final @Nullable Path temporary;
  private final FileIngester ingester = new FileIngester();
  private static final java.util.regex.Pattern HTML_LANG =
      java.util.regex.Pattern.compile(
          "<html\\b[^>]*?\\s(?:xml:)?lang\\s*=\\s*[\"']?([A-Za-z_-]+)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Every way a page declares its language: lang attributes, meta tags, JSON-LD inLanguage. */
  private static final java.util.regex.Pattern HIDDEN_LANGUAGE =
      java.util.regex.Pattern.compile(
          "(?i)\\s(?:xml:)?lang\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+)"
              + "|<meta[^>]*(?:content-language|og:locale|name=[\"']?language)[^>]*>"
              + "|\"inLanguage\"\\s*:\\s*\"[^\"]*\"\\s*,?");

  private final NewsCleaner cleaner = new NewsCleaner();
  private boolean languages = true;
  private @Nullable ExtractionDump dump;

  private WebEvalPages(Path folder, @Nullable Path temporary) {
    this.folder = folder;
    this.temporary = temporary;
  }

  /** Whether each page with a declared language is read a second time with it hidden. */
  WebEvalPages measuringLanguages(boolean on) {
    languages = on;
    return this;
  }

  /** Writes each page's extraction to {@code to} as it is read (null: no dump). */
  WebEvalPages dumpingTo(@Nullable ExtractionDump to) {
    dump = to;
    return this;
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
                "tar",
                "-xJf",
                data.resolve("pages.tar.xz").toAbsolutePath().toString(),
                "-C",
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

  /** One page read from its bytes as {@code newsbrief ingest} reads it, or null. */
  @Nullable RawDocument document(String page) {
    IngestResult read = ingester.ingest(List.of(folder.resolve(page + ".html")));
    return read.documents().isEmpty() ? null : read.documents().get(0);
  }

  /** Reads and cleans one page from its HTML alone. */
  WebPageResult extract(String page) {
    Path file = folder.resolve(page + ".html");
    IngestResult read = ingester.ingest(List.of(file));
    if (read.documents().isEmpty()) {
      String why = read.problems().isEmpty() ? "not read" : read.problems().get(0).message();
      dump(page, "", null);
      return WebPageResult.failed(page, why);
    }
    RawDocument document = read.documents().get(0);
    PageExtraction x = cleaner.extract(document);
    dump(page, document.content(), x);
    String declared = declaredLanguage(document.content());
    String detected = null;
    if (declared != null && languages) {
      String hidden = HIDDEN_LANGUAGE.matcher(document.content()).replaceAll(" ");
      detected = cleaner.extract(RawDocument.of(page, SourceFormat.HTML, hidden)).language();
    }
    return new WebPageResult(
        page,
        x.paragraphs().isEmpty() ? null : String.join("\n", x.paragraphs()),
        x.published() == null ? null : x.published().toString(),
        x.byline().isEmpty() ? null : String.join(", ", x.byline()),
        x.paragraphs().isEmpty() ? "no article text" : null,
        declared,
        detected);
  }

  private void dump(String page, String html, @Nullable PageExtraction x) {
    if (dump != null) {
      try {
        dump.add(page, html, x);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The primary subtag of the {@code <html lang>} attribute, or null. */
  static @Nullable String declaredLanguage(String html) {
    java.util.regex.Matcher m = HTML_LANG.matcher(html);
    if (!m.find()) {
      return null;
    }
    String tag = m.group(1).strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return tag.matches("[a-z]{2,3}") ? tag : null;
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
