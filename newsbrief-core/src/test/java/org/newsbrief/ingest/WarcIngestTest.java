package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsbrief.ingest.IngestReport.Status;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

class WarcIngestTest {
  @TempDir Path dir;

  private static IngestReport.Input only(IngestResult result) {
    assertThat(result.report().inputs()).hasSize(1);
    return result.report().inputs().get(0);
  }

  @Test
  void readsHtmlResponsesOfPlainAndGzippedWarcsAndCountsTheRest() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
      Path warc = WarcFixture.write(dir.resolve(name), compression);

      IngestResult result = new Ingester().ingest(List.of(warc.toString()));

      assertThat(result.documents())
          .extracting(RawDocument::source, RawDocument::url)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(warc + "#2", "https://example.com/a"),
              org.assertj.core.groups.Tuple.tuple(warc + "#5", "https://example.com/b"));
      assertThat(result.documents().get(0).format()).isEqualTo(SourceFormat.HTML);
      assertThat(result.documents().get(0).content()).contains("talks resumed in Vienna");
      assertThat(result.documents().get(1).content()).contains("Caf\u00e9 owners");
      assertThat(result.documents().get(0).published()).isNull();
      assertThat(result.documents().get(0).containerDate())
          .as("the WARC-Date travels as a capture date, not as the publication date")
          .isEqualTo(
              new org.newsbrief.model.ContainerDate(
                  java.time.LocalDate.of(2014, 12, 4),
                  org.newsbrief.model.ContainerDate.Kind.CAPTURED));
      IngestReport.Input report = only(result);
      assertThat(report.kind()).isEqualTo(InputKind.WARC);
      assertThat(report.status()).isEqualTo(Status.OK);
      assertThat(report.documents()).isEqualTo(2);
      assertThat(report.skipped()).isEqualTo(3);
    }
  }

  @Test
  void keepsThePagesBeforeTheCutOfATruncatedWarc() throws IOException {
    byte[] whole =
        Files.readAllBytes(WarcFixture.write(dir.resolve("w.warc"), WarcCompression.NONE));
    int fifth = indexOf(whole, "WARC-Target-URI: https://example.com/b");
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, fifth + 200));

    IngestResult result = new Ingester().ingest(List.of(cut.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("https://example.com/a");
    IngestReport.Input report = only(result);
    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.error()).startsWith("record 5: damaged at byte ");
    assertThat(report.error()).endsWith("no valid record follows");
    assertThat(result.problems().get(0).input()).isEqualTo(cut + "#5");
  }

  @Test
  void keepsThePagesBeforeTheCutOfATruncatedGzippedWarc() throws IOException {
    byte[] whole =
        Files.readAllBytes(WarcFixture.write(dir.resolve("w.warc.gz"), WarcCompression.GZIP));
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));

    IngestResult result = new Ingester().ingest(List.of(cut.toString()));

    assertThat(result.documents()).extracting(RawDocument::url).contains("https://example.com/a");
    assertThat(only(result).status()).isEqualTo(Status.PARTIAL);
    assertThat(only(result).error()).contains("damaged in the gzip member at byte");
  }

  @Test
  void reportsGarbageAfterGoodRecordsAndArchivesThatAreNotArchives() throws IOException {
    byte[] whole =
        Files.readAllBytes(WarcFixture.write(dir.resolve("w.warc"), WarcCompression.NONE));
    byte[] junk =
        "\r\nthis is not a WARC record at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] corrupt = Arrays.copyOf(whole, whole.length + junk.length);
    System.arraycopy(junk, 0, corrupt, whole.length, junk.length);
    Path tail = Files.write(dir.resolve("tail.warc"), corrupt);
    Path text = Files.writeString(dir.resolve("notes.warc"), "just some notes\n");
    Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);

    IngestResult result =
        new Ingester().ingest(List.of(tail.toString(), text.toString(), empty.toString()));

    assertThat(result.documents()).hasSize(2);
    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::status)
        .containsExactly(Status.PARTIAL, Status.FAILED, Status.FAILED);
    assertThat(result.report().inputs().get(0).error())
        .startsWith("record 7: damaged at byte " + whole.length + ": not a valid record header");
    assertThat(result.report().inputs().get(1).error())
        .isEqualTo(
            "record 1: damaged at byte 4: not a valid record header; no valid record follows");
    assertThat(result.report().inputs().get(2).error())
        .isEqualTo("archive holds no HTML page with status 200");
  }

  @Test
  void skipsPagesOverTheSizeCapAndSaysSo() throws IOException {
    Path warc = WarcFixture.write(dir.resolve("crawl.warc"), WarcCompression.NONE);

    IngestResult result =
        new Ingester(
                IngestOptions.defaults()
                    .withMaxBytes(WarcFixture.PAGE_B.getBytes(StandardCharsets.UTF_8).length))
            .ingest(List.of(warc.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("https://example.com/b");
    assertThat(only(result).status()).isEqualTo(Status.PARTIAL);
    assertThat(only(result).error()).startsWith("record 2: page is over the cap of");
  }

  @Test
  void readsArcFiles() throws IOException {
    Path arc = Files.write(dir.resolve("old.arc"), WarcFixture.arc());

    IngestResult result = new Ingester().ingest(List.of(arc.toString()));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("http://example.com/arc-page");
    assertThat(result.documents().get(0).content()).contains("resumed in Geneva");
    assertThat(only(result).kind()).isEqualTo(InputKind.ARC);
    assertThat(only(result).skipped()).isEqualTo(1);
  }

  @Test
  void skipsARecordWithAMalformedHttpResponseAndReadsOn() throws IOException {
    Path warc = dir.resolve("odd.warc");
    try (org.netpreserve.jwarc.WarcWriter writer =
        new org.netpreserve.jwarc.WarcWriter(
            java.nio.channels.FileChannel.open(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE))) {
      writer.write(
          new org.netpreserve.jwarc.WarcResponse.Builder("https://example.com/odd")
              .body(
                  org.netpreserve.jwarc.MediaType.HTTP_RESPONSE,
                  "this is no HTTP response\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
              .build());
      writer.write(
          WarcFixture.response("https://example.com/a", 200, "text/html", WarcFixture.PAGE_A));
    }

    IngestResult result = new Ingester().ingest(List.of(warc.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::url)
        .containsExactly("https://example.com/a");
    assertThat(only(result).status()).isEqualTo(Status.PARTIAL);
    assertThat(only(result).error()).startsWith("record 1: malformed HTTP response");
    assertThat(result.problems().get(0).input()).isEqualTo(warc + "#1");
  }

  private static int indexOf(byte[] haystack, String needle) {
    String text = new String(haystack, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(needle);
    assertThat(at).isPositive();
    return at;
  }
}
