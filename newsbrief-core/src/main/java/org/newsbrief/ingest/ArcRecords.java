package org.newsbrief.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;

/**
 * Reads the HTML pages out of an ARC web archive (version 1 or 2, plain or gzipped). Each record is
 * a header line ({@code URL IP-address date content-type length}; version 2 has five more fields
 * before the length) and that many bytes of archived HTTP response. The URL is everything before
 * the fixed fields, so a URL holding spaces, which some crawlers wrote, is read too. A damaged
 * header is reported with its byte offset (in the uncompressed stream for {@code .arc.gz}) and
 * reading resumes at the next line that is a valid header.
 */
final class ArcRecords {
  private static final int MAX_HEADER = 16 * 1024;
  private static final int BUFFER = 64 * 1024;

  private ArcRecords() {}

  static void read(Path file, long maxBytes, InputOutcome outcome) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    try (InputStream raw = Files.newInputStream(file);
        InputStream unzipped = name.endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw) {
      records(new ArcStream(new BufferedInputStream(unzipped, BUFFER)), maxBytes, outcome);
    } catch (IOException e) {
      outcome.fail("cannot read file: " + FileIngester.describe(e));
      return;
    }
    if (outcome.count() == 0 && outcome.problems().isEmpty()) {
      outcome.fail("archive holds no HTML page with status 200");
    }
  }

  private static void records(ArcStream in, long maxBytes, InputOutcome outcome) {
    int number = 0;
    int fields = ArcHeader.V1_FIELDS;
    long start = 0;
    String line = null;
    try {
      while (true) {
        if (line == null) {
          line = in.headerLine(MAX_HEADER);
          start = in.lineStart();
          if (line == null) {
            return;
          }
        }
        number++;
        ArcHeader header = ArcHeader.parse(line, fields);
        line = null;
        if (header == null) {
          line = nextHeader(in, fields);
          long resumedAt = line == null ? -1 : in.lineStart();
          damaged(outcome, number, start, "not a valid ARC record header", resumedAt);
          if (line == null) {
            return;
          }
          start = resumedAt;
          continue;
        }
        if (header.url().startsWith("filedesc:")) {
          fields = ArcHeader.fieldsOf(in.body(Math.min(header.length(), MAX_HEADER)));
          in.skip(header.length() - Math.min(header.length(), MAX_HEADER));
          continue;
        }
        String source = outcome.input() + "#" + number;
        if (header.length() > MemoryBound.cap(maxBytes)) {
          in.skip(header.length());
          outcome.skipBad(source, "record " + number, MemoryBound.overCap("page", maxBytes));
          continue;
        }
        page(in.body(header.length()), source, number, header.url(), maxBytes, outcome);
      }
    } catch (IOException e) {
      damaged(outcome, Math.max(1, number), start, ArchiveDamage.reason(e), -1);
    }
  }

  private static void page(
      byte[] body, String source, int number, String url, long maxBytes, InputOutcome outcome)
      throws IOException {
    HttpResponse http;
    try {
      HttpResponse head =
          HttpResponse.parseWithoutBody(Channels.newChannel(new ByteArrayInputStream(body)), null);
      byte[] payload = Arrays.copyOfRange(body, headerEnd(body), body.length);
      http =
          new HttpResponse.Builder(head.status(), head.reason())
              .addHeaders(head.headers().map())
              .body(head.contentType(), payload)
              .build();
    } catch (IOException | RuntimeException e) {
      if (url.regionMatches(true, 0, "http", 0, 4)) {
        outcome.skipBad(source, "record " + number, "malformed HTTP response in the record");
      } else {
        outcome.skip();
      }
      return;
    }
    HttpPages.read(http, source, number, url, null, maxBytes, outcome);
  }

  /** Where the body of an HTTP response starts: after its first empty line. */
  private static int headerEnd(byte[] response) {
    for (int i = 0; i + 1 < response.length; i++) {
      if (response[i] == '\n' && response[i + 1] == '\n') {
        return i + 2;
      }
      if (response[i] == '\n'
          && response[i + 1] == '\r'
          && i + 2 < response.length
          && response[i + 2] == '\n') {
        return i + 3;
      }
    }
    return response.length;
  }

  /** The next line that parses as a header, or null at the end. */
  private static @Nullable String nextHeader(ArcStream in, int fields) throws IOException {
    while (true) {
      String line = in.headerLine(MAX_HEADER);
      if (line == null || ArcHeader.parse(line, fields) != null) {
        return line;
      }
    }
  }

  private static void damaged(
      InputOutcome outcome, int number, long at, String reason, long resumed) {
    ArchiveDamage damage = new ArchiveDamage(number, at, at, false, reason);
    outcome.skipBad(outcome.input() + "#" + number, "record " + number, damage.message(resumed));
  }
}
