package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * The archived HTTP response of one WARC or ARC record, as a document: only status 200 responses
 * holding {@code text/html} or {@code application/xhtml+xml} are kept; other responses count as
 * skipped, and a page over the size cap or with an undecodable body is skipped with a reason.
 */
final class HttpPages {
  private HttpPages() {}

  /**
   * Adds the page in {@code http} to {@code outcome}, with the archive's capture date when known,
   * or records why it was left out.
   */
  static void read(
      HttpResponse http,
      String source,
      int number,
      @Nullable String target,
      @Nullable ContainerDate captured,
      long maxBytes,
      InputOutcome outcome)
      throws IOException {
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
      outcome.skipBad(source, "record " + number, "cannot decode the page's content encoding");
      return;
    }
    long cap = MemoryBound.cap(maxBytes);
    byte[] body;
    try (InputStream in = decoded.stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    }
    if (body.length > cap) {
      outcome.skipBad(source, "record " + number, MemoryBound.overCap("page", maxBytes));
      return;
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    String content = PageCharset.decodeLeniently(body, contentType);
    if (content.isBlank()) {
      outcome.skip();
      return;
    }
    outcome.add(
        new RawDocument(source, SourceFormat.HTML, content, target, null, null, null)
            .withContainerDate(captured));
  }

  static boolean is(MediaType type, String base) {
    return (type.type() + "/" + type.subtype()).equalsIgnoreCase(base);
  }
}
