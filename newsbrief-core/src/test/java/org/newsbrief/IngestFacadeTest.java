package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsbrief.ingest.IngestReport;
import org.newsbrief.model.Article;

class IngestFacadeTest {
  @TempDir Path dir;

  @Test
  void ingestsAndCleansAndCountsRejectedDocumentsAgainstTheirInput() throws IOException {
    Path page =
        Files.writeString(
            dir.resolve("talks.html"),
            "<html><head><title>Talks resume in Vienna</title></head><body><article><p>The talks"
                + " resumed in Vienna on Thursday, officials said, after a week of delays.</p>"
                + "<p>Delegates met for six hours<div>and agreed to meet again.</article>");
    Path empty = Files.writeString(dir.resolve("shell.html"), "<html><body></body></html>");
    Path warc = dir.resolve("crawl.warc");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(
          new WarcResponse.Builder("https://example.com/geneva")
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.HTML_UTF8,
                          ("<html><body><p>Ministers gathered in Geneva on Friday to discuss the"
                                  + " ceasefire, a spokesman said.</p></body></html>")
                              .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                      .build())
              .build());
    }

    Ingested ingested =
        NewsBriefings.create().ingest(List.of(page.toString(), empty.toString(), warc.toString()));

    assertThat(ingested.articles())
        .extracting(Article::source)
        .containsExactly(warc + "#1", page.toString());
    assertThat(ingested.report().inputs())
        .extracting(IngestReport.Input::status)
        .containsExactly(
            IngestReport.Status.OK, IngestReport.Status.FAILED, IngestReport.Status.OK);
    assertThat(ingested.report().inputs().get(1).error()).contains("no article text");
    assertThat(ingested.problems()).extracting(p -> p.input()).containsExactly(empty.toString());
  }
}
