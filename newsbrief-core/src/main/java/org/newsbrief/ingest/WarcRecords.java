package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Reads the HTML pages out of a WARC or ARC web archive, plain or gzipped, with jwarc. Only
 * response records of status 200 holding {@code text/html} or {@code application/xhtml+xml} become
 * documents (source {@code file#N} for the N-th record, url the record's target URI); other
 * responses and resource records are counted as skipped, and request, metadata and warcinfo records
 * are passed over. The archive is streamed record by record, and a payload over the size cap is
 * skipped, so a large archive needs no more memory than its largest page. A truncated or corrupt
 * archive keeps the pages read before the damage and names the record where it stopped.
 *
 * <p>The WARC-Date is the capture time, not the publication date, so it is not used as {@link
 * RawDocument#published()} (which would override the date the page itself states).
 */
final class WarcRecords {
  private WarcRecords() {}

  static void read(Path file, long maxBytes, InputOutcome outcome) {
    int number = 0;
    long offset = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        number++;
        offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        offset = next.get().position();
        readRecord(next.get(), outcome.input() + "#" + number, number, maxBytes, outcome);
      }
    } catch (IOException | RuntimeException e) {
      outcome.fail(
          String.format(
              Locale.ROOT,
              "archive is truncated or corrupt at record %d (byte %d): %s",
              number,
              offset,
              describe(e)));
      return;
    }
    if (outcome.count() == 0 && outcome.problems().isEmpty()) {
      outcome.fail("archive holds no HTML page with status 200");
    }
  }

  private static void readRecord(
      WarcRecord record, String source, int number, long maxBytes, InputOutcome outcome)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      if (record.type().equals("resource")) {
        outcome.skip();
      }
      return;
    }
    if (!is(response.contentType(), "application/http")) {
      outcome.skip();
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      outcome.skipBad(source, "record " + number, "malformed HTTP response: " + describe(e));
      return;
    }
    MediaType type = http.contentType();
    boolean html = is(type, "text/html") || is(type, "application/xhtml+xml");
    if (http.status() != 200 || !html) {
      outcome.skip();
      return;
    }
    MessageBody decoded;
    try {
      decoded = http.bodyDecoded();
    } catch (IOException e) {
      outcome.skipBad(source, "record " + number, "cannot decode the page: " + describe(e));
      return;
    }
    byte[] body;
    try (InputStream in = decoded.stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (body.length > maxBytes) {
      outcome.skipBad(source, "record " + number, "page is over the cap of " + maxBytes + " bytes");
      return;
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    String content = PageCharset.decodeLeniently(body, contentType);
    if (content.isBlank()) {
      outcome.skip();
      return;
    }
    outcome.add(
        new RawDocument(source, SourceFormat.HTML, content, response.target(), null, null, null));
  }

  private static boolean is(MediaType type, String base) {
    return (type.type() + "/" + type.subtype()).equalsIgnoreCase(base);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
