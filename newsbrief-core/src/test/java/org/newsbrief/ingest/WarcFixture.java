package org.newsbrief.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A small web archive written with jwarc's WarcWriter, so no binary fixture is committed. Records:
 * 1 warcinfo, 2 an HTML page (200), 3 a PNG, 4 an HTML 404, 5 an XHTML page (200), 6 a resource.
 */
final class WarcFixture {
  static final String PAGE_A =
      "<html><head><title>Talks resume</title></head><body><p>The talks resumed in Vienna"
          + " on Thursday, officials said.</p></body></html>";
  static final String PAGE_B =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Caf\u00e9 owners in Vienna"
          + " welcomed the delegates.</p></body></html>";

  private WarcFixture() {}

  static Path write(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      writer.write(
          new Warcinfo.Builder()
              .filename(String.valueOf(file.getFileName()))
              .fields(Map.of("software", List.of("newsbrief tests")))
              .build());
      writer.write(response("https://example.com/a", 200, "text/html; charset=utf-8", PAGE_A));
      writer.write(response("https://example.com/logo.png", 200, "image/png", "\u0089PNG"));
      writer.write(response("https://example.com/gone", 404, "text/html", "<p>Not found</p>"));
      writer.write(
          response("https://example.com/b", 200, "application/xhtml+xml;charset=utf-8", PAGE_B));
      writer.write(
          new WarcResource.Builder(URI.create("https://example.com/c"))
              .body(MediaType.parse("text/html"), PAGE_A.getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return file;
  }

  static WarcResponse response(String url, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(url)
        .date(Instant.parse("2014-12-04T10:00:00Z"))
        .body(http)
        .build();
  }

  /** An ARC/1.0 file (version 1 header) with one HTML page and one image. */
  static byte[] arc() {
    String header = "1 0 newsbrief\nURL IP-address Archive-date Content-type Archive-length\n";
    String page =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE_A.replace("Vienna", "Geneva");
    String image = "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\nGIF89a";
    String arc =
        "filedesc://test.arc 0.0.0.0 20141204100000 text/plain "
            + header.length()
            + "\n"
            + header
            + "\n"
            + "http://example.com/arc-page 93.184.216.34 20141204100000 text/html "
            + page.length()
            + "\n"
            + page
            + "\n"
            + "http://example.com/pic.gif 93.184.216.34 20141204100001 image/gif "
            + image.length()
            + "\n"
            + image
            + "\n";
    return arc.getBytes(StandardCharsets.ISO_8859_1);
  }
}
