package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
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
      if (kind == InputKind.JSONL) {
        JsonlFile.read(file, maxBytes, outcome);
        return;
      }
      byte[] bytes =
          kind == InputKind.FEED
              ? readCapped(file, maxBytes, b -> !FeedCharset.wide(b) && FileDecoder.looksBinary(b))
              : readCapped(file, maxBytes);
      switch (kind) {
        case TXT ->
            outcome.add(
                RawDocument.of(outcome.input(), SourceFormat.TEXT, FileDecoder.decode(bytes)));
        case HTML ->
            outcome.add(
                RawDocument.of(outcome.input(), SourceFormat.HTML, FileDecoder.decodeHtml(bytes)));
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
   * The bytes of {@code file}, read no further than the cap, checked for binary data in its first
   * {@link FileDecoder#BINARY_PROBE} bytes before the rest is read.
   *
   * @throws IllegalArgumentException when the file is over the cap, binary, or would not fit in
   *     memory ({@link MemoryBound})
   */
  static byte[] readCapped(Path file, long maxBytes) throws IOException {
    return readCapped(file, maxBytes, FileDecoder::looksBinary);
  }

  static byte[] readCapped(Path file, long maxBytes, Predicate<byte[]> binary) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new IllegalArgumentException("file is " + size + " bytes, over the cap of " + maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(FileDecoder.BINARY_PROBE);
      if (head.length > 0 && binary.test(head)) {
        throw new IllegalArgumentException("file is binary, not text");
      }
      long cap = MemoryBound.cap(maxBytes);
      if (size > cap) {
        throw new IllegalArgumentException(
            MemoryBound.overCap("file of " + size + " bytes", maxBytes));
      }
      byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1 - head.length));
      if (head.length + (long) rest.length > cap) {
        throw new IllegalArgumentException("file grew over the cap of " + cap + " bytes");
      }
      byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
      System.arraycopy(rest, 0, bytes, head.length, rest.length);
      return bytes;
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
