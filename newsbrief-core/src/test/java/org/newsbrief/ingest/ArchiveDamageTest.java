package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsbrief.model.RawDocument;

/** Damage is located to the byte, reading resumes after it, and messages are for people. */
class ArchiveDamageTest {
  @TempDir Path dir;

  @Test
  void aCorruptHeaderIsLocatedAndTheRecordsAfterItAreKept() throws IOException {
    byte[] warc =
        Files.readAllBytes(WarcFixture.write(dir.resolve("w.warc"), WarcCompression.NONE));
    String text = new String(warc, StandardCharsets.ISO_8859_1);
    int fourth = text.indexOf("WARC/1.", text.indexOf("https://example.com/gone") - 300);
    int bad = text.indexOf("WARC-Type", fourth);
    warc[bad] = 0x01;
    Path damaged = Files.write(dir.resolve("damaged.warc"), warc);

    IngestResult result = new Ingester().ingest(List.of(damaged.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("https://example.com/a", "https://example.com/b");
    String error = result.report().inputs().get(0).error();
    assertThat(error)
        .startsWith("record 4: damaged at byte " + bad + ": not a valid record header;");
    assertThat(error).contains("reading resumed at byte ");
  }

  @Test
  void aCorruptGzipMemberIsSkippedAndTheNextMembersRead() throws IOException {
    byte[] gz =
        Files.readAllBytes(WarcFixture.write(dir.resolve("w.warc.gz"), WarcCompression.GZIP));
    int second = nthGzipMember(gz, 2);
    for (int i = second + 20; i < second + 60; i++) {
      gz[i] = (byte) 0xAA;
    }
    Path damaged = Files.write(dir.resolve("damaged.warc.gz"), gz);

    IngestResult result = new Ingester().ingest(List.of(damaged.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("https://example.com/b");
    assertThat(result.report().inputs().get(0).error())
        .startsWith("record 2: damaged in the gzip member at byte " + second + ": ")
        .doesNotContain("Exception")
        .contains("reading resumed at byte");
  }

  @Test
  void anAbsurdLengthIsExplainedNotEchoed() throws IOException {
    String record =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            + "WARC-Date: 2014-12-04T10:00:00Z\r\nContent-Length: 99999999999999999999\r\n\r\n";
    Path warc = Files.writeString(dir.resolve("long.warc"), record, StandardCharsets.US_ASCII);

    IngestResult result = new Ingester().ingest(List.of(warc.toString()));

    assertThat(result.report().inputs().get(0).error())
        .startsWith("record 1: damaged at byte")
        .doesNotContain("For input string")
        .doesNotContain("99999999999999999999");
  }

  @Test
  void arcUrlsWithSpacesAreReadAndABadHeaderIsSkipped() throws IOException {
    String page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + WarcFixture.PAGE_A;
    String desc = "1 0 newsbrief\nURL IP-address Archive-date Content-type Archive-length\n";
    String arc =
        "filedesc://t.arc 0.0.0.0 20141204100000 text/plain "
            + desc.length()
            + "\n"
            + desc
            + "\n"
            + "http://example.com/a b 1.2.3.4 20141204100000 text/html "
            + page.length()
            + "\n"
            + page
            + "\n"
            + "garbage that is no header\n"
            + "http://example.com/c 1.2.3.4 20141204100000 text/html "
            + page.length()
            + "\n"
            + page
            + "\n";
    int garbage = arc.indexOf("garbage");
    Path plain = Files.writeString(dir.resolve("s.arc"), arc, StandardCharsets.ISO_8859_1);
    Path gz = dir.resolve("s.arc.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(arc.getBytes(StandardCharsets.ISO_8859_1));
    }
    Files.write(gz, bytes.toByteArray());

    for (Path file : List.of(plain, gz)) {
      IngestResult result = new Ingester().ingest(List.of(file.toString()));

      assertThat(result.documents())
          .extracting(RawDocument::url)
          .containsExactly("http://example.com/a b", "http://example.com/c");
      assertThat(result.report().inputs().get(0).kind()).isEqualTo(InputKind.ARC);
      assertThat(result.report().inputs().get(0).error())
          .isEqualTo(
              "record 3: damaged at byte "
                  + garbage
                  + ": not a valid ARC record header; reading resumed at byte "
                  + (garbage + "garbage that is no header\n".length()));
    }
  }

  private static int nthGzipMember(byte[] gz, int n) {
    int seen = 0;
    for (int i = 0; i + 2 < gz.length; i++) {
      if (gz[i] == 0x1f && gz[i + 1] == (byte) 0x8b && gz[i + 2] == 0x08 && ++seen == n) {
        return i;
      }
    }
    throw new AssertionError("no gzip member " + n);
  }
}
