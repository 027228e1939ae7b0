package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestCommandTest {
  private static final String ARTICLE =
      "<html><head><title>Ceasefire talks in Geneva</title></head><body><article><p>Ministers"
          + " gathered in Geneva on Friday to discuss the ceasefire, a spokesman said.</p><p>The"
          + " talks are expected to last three days.</p></article></body></html>";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path warc() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            org.netpreserve.jwarc.WarcCompression.GZIP)) {
      writer.write(
          new WarcResponse.Builder("https://example.com/geneva")
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.HTML_UTF8, ARTICLE.getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
    }
    return warc;
  }

  @Test
  void addsToTheStoreOnceAndSearchFindsIt() throws IOException {
    Path page = Files.writeString(dir.resolve("geneva.html"), ARTICLE);
    String store = dir.resolve("store").toString();
    assertThat(run("ingest", "--store", store, "--quiet", page.toString())).isZero();
    assertThat(run("ingest", "--store", store, page.toString())).isZero();
    assertThat(err.toString()).contains("stored 0 new articles").contains("(1 already there)");
    assertThat(run("search", "ceasefire", "--store", store, "--json")).isZero();
    assertThat(out.toString()).contains("Geneva");
  }

  @Test
  void reportsWithoutStoringWhenAsked() throws IOException {
    Path page = Files.writeString(dir.resolve("geneva.html"), ARTICLE);
    assertThat(run("ingest", "--no-store", page.toString())).isZero();
    assertThat(dir.resolve("newsbrief-store")).doesNotExist();
    assertThat(Path.of("newsbrief-store")).doesNotExist();
  }

  @Test
  void reportsEachInputAsATableAndExitsZeroWhenAllAreRead() throws IOException {
    Path page = Files.writeString(dir.resolve("geneva.html"), ARTICLE);

    assertThat(
            run(
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                page.toString(),
                warc().toString()))
        .isZero();

    assertThat(out.toString())
        .contains("status")
        .containsPattern("ok +html +1 +0 +" + java.util.regex.Pattern.quote(page.toString()))
        .containsPattern("ok +warc +1 +0 +.*crawl.warc.gz")
        .contains("2 inputs: 2 ok, 0 partial, 0 failed; 2 documents, 0 skipped");
    assertThat(err.toString())
        .doesNotContain("skipped")
        .contains("stored 1 new articles")
        .contains("(1 already there)");
  }

  @Test
  void printsJsonAndExitsThreeWhenSomeInputsFail() throws IOException {
    Path page = Files.writeString(dir.resolve("geneva.html"), ARTICLE);
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 0, 1, 2});

    int code =
        run(
            "ingest",
            "--store",
            dir.resolve("store").toString(),
            "--json",
            page.toString(),
            binary.toString());

    assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("inputs").get(1).get("input").asText()).isEqualTo(binary.toString());
    assertThat(json.get("inputs").get(1).get("status").asText()).isEqualTo("failed");
    assertThat(json.get("inputs").get(1).get("error").asText())
        .isEqualTo("file is binary, not text");
    assertThat(json.get("totals").get("ok").asInt()).isEqualTo(1);
    assertThat(err.toString()).contains(binary.toString());
  }

  @Test
  void capsInputSize() throws IOException {
    Path page = Files.writeString(dir.resolve("geneva.html"), ARTICLE);

    assertThat(
            run(
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                "--max-bytes",
                "100",
                page.toString()))
        .isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(out.toString()).contains("over the cap of 100");
  }

  @Test
  void rejectsUsageErrorsWithExitCodeTwo() {
    assertThat(run("ingest")).isEqualTo(ExitCodes.USAGE);
    assertThat(
            run("ingest", "--store", dir.resolve("store").toString(), "--max-bytes", "0", "x.txt"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            run(
                "ingest",
                "--store",
                dir.resolve("store").toString(),
                "--max-bytes",
                "lots",
                "x.txt"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("ingest", "--store", dir.resolve("store").toString(), "--help")).isZero();
    assertThat(out.toString()).contains("Usage: newsbrief ingest");
  }

  @Test
  @Timeout(60)
  void briefTakesWebArchivesAndUrls() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/vienna",
        exchange -> {
          byte[] body =
              ARTICLE
                  .replace("Geneva", "Vienna")
                  .replace("Friday", "Monday")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/vienna";

      int code = run("brief", "--format", "json", warc().toString(), url);

      assertThat(code).as(err.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(out.toString());
      int articles = 0;
      for (JsonNode story : json.has("stories") ? json.get("stories") : List.of(json)) {
        articles += (story.has("briefing") ? story.get("briefing") : story).get("articles").size();
      }
      assertThat(articles).isEqualTo(2);
      assertThat(out.toString()).contains(url).contains("crawl.warc.gz#1");
    } finally {
      server.stop(0);
    }
  }
}
