package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Reads local files and folders of articles: plain text (.txt), HTML (.html, .htm), JSON lines
 * (.jsonl, one article a line), RSS or Atom feeds (.rss, .atom, .xml) and WARC or ARC web archives
 * (.warc, .warc.gz, .arc, .arc.gz). A bad line of a JSONL file is reported by line; the others are
 * kept. For URLs and {@code .urls} lists use {@link Ingester}, which this delegates to.
 */
public final class FileIngester {
  /** Default cap on the size of one input file. */
  public static final long DEFAULT_MAX_BYTES = IngestOptions.DEFAULT_MAX_BYTES;

  private final Ingester ingester;

  /** An ingester with the default size cap. */
  public FileIngester() {
    this(DEFAULT_MAX_BYTES);
  }

  /** An ingester refusing files larger than {@code maxBytes}. */
  public FileIngester(long maxBytes) {
    this.ingester = new Ingester(IngestOptions.defaults().withMaxBytes(maxBytes));
  }

  /** Reads every readable document under {@code inputs}. */
  public IngestResult ingest(List<Path> inputs) {
    return ingester.ingest(inputs.stream().map(Path::toString).toList());
  }

  /** Reads one local file of a kind other than {@link InputKind#URLS} into {@code outcome}. */
  static void read(Path file, InputKind kind, long maxBytes, InputOutcome outcome) {
    try {
      if (kind == InputKind.WARC) {
        WarcRecords.read(file, maxBytes, outcome);
        return;
      }
      if (kind == InputKind.ARC) {
        ArcRecords.read(file, maxBytes, outcome);
        return;
      }
      byte[] bytes = readCapped(file, maxBytes);
      switch (kind) {
        case TXT ->
            outcome.add(
                RawDocument.of(outcome.input(), SourceFormat.TEXT, FileDecoder.decode(bytes)));
        case HTML ->
            outcome.add(
                RawDocument.of(outcome.input(), SourceFormat.HTML, FileDecoder.decodeHtml(bytes)));
        case JSONL -> readLines(FileDecoder.decode(bytes), outcome);
        case FEED -> {
          FileDecoder.checkFeed(bytes);
          List<RawDocument> entries = FeedEntries.read(outcome.input(), bytes);
          if (entries.isEmpty()) {
            outcome.fail("feed has no entries with content");
          }
          entries.forEach(outcome::add);
        }
        default -> throw new IllegalStateException("not a local file kind: " + kind);
      }
    } catch (IOException e) {
      outcome.fail("cannot read file: " + describe(e));
    } catch (IllegalArgumentException e) {
      outcome.fail(String.valueOf(e.getMessage()));
    }
  }

  /**
   * The bytes of {@code file}, read no further than the cap.
   *
   * @throws IllegalArgumentException when the file is over the cap
   */
  static byte[] readCapped(Path file, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new IllegalArgumentException("file is " + size + " bytes, over the cap of " + maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IllegalArgumentException("file grew over the cap of " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  private static void readLines(String text, InputOutcome outcome) {
    String[] lines = text.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String source = outcome.input() + ":" + (i + 1);
      try {
        outcome.add(JsonlRecords.parse(source, lines[i]));
      } catch (IllegalArgumentException e) {
        outcome.skipBad(source, "line " + (i + 1), String.valueOf(e.getMessage()));
      }
    }
  }

  static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    return e.getMessage() == null ? type : e.getMessage();
  }
}
