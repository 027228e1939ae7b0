package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.ingest.IngestReport.Status;
import org.newsbrief.model.RawDocument;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UrlIngestTest {
  private static final String PAGE =
      "<html><head><title>Talks</title></head><body><p>The talks resumed.</p></body></html>";

  private final LocalSite site = new LocalSite();
  private final FakeTime time = new FakeTime();
  private final Ingester ingester =
      new Ingester(
          new IngestOptions(
              4096, Duration.ofSeconds(2), Duration.ofMillis(5000), 5, Duration.ofSeconds(2)),
          time,
          time);

  UrlIngestTest() throws IOException {}

  /** The first HTTP client of a JVM loads slowly (TLS setup); warm it before timing anything. */
  @BeforeAll
  static void warmUp() throws IOException {
    try (LocalSite warm = new LocalSite()) {
      warm.page("/", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
      new Ingester(IngestOptions.defaults(), new FakeTime(), new FakeTime())
          .ingest(List.of(warm.url("/")));
    }
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private IngestReport.Input only(IngestResult result) {
    assertThat(result.report().inputs()).hasSize(1);
    return result.report().inputs().get(0);
  }

  @Test
  void fetchesAPageWithAClearUserAgentAndReadsRobotsOnce() {
    site.page("/ok", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/ok2", "application/xhtml+xml", PAGE.getBytes(StandardCharsets.UTF_8));

    IngestResult result = ingester.ingest(List.of(site.url("/ok"), site.url("/ok2")));

    assertThat(result.problems()).isEmpty();
    RawDocument page = result.documents().get(0);
    assertThat(page.source()).isEqualTo(site.url("/ok"));
    assertThat(page.url()).isEqualTo(site.url("/ok"));
    assertThat(page.content()).contains("The talks resumed.");
    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::kind, IngestReport.Input::status)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(InputKind.URL, Status.OK));
    assertThat(site.count("/robots.txt")).isEqualTo(1);
    assertThat(site.userAgents).containsOnly(IngestOptions.USER_AGENT);
  }

  @Test
  void waitsBetweenRequestsToTheSameHost() {
    site.page("/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/b", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    ingester.ingest(List.of(site.url("/a"), site.url("/b")));

    // robots.txt, /a, /b: the second and third request each wait the full 2 s (the clock stands).
    assertThat(site.requests).containsExactly("/robots.txt", "/a", "/b");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void waitsTheCrawlDelayRobotsTxtAsksForUpToTheCap() {
    site.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nCrawl-delay: 5\n".getBytes(StandardCharsets.UTF_8));
    site.page("/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/b", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    ingester.ingest(List.of(site.url("/a"), site.url("/b")));

    assertThat(site.requests).containsExactly("/robots.txt", "/a", "/b");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void aHostileCrawlDelayCannotStallTheRun() {
    site.page(
        "/robots.txt",
        "text/plain",
        "User-agent: newsbrief\nCrawl-delay: 999999999\n".getBytes(StandardCharsets.UTF_8));
    site.page("/a", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    ingester.ingest(List.of(site.url("/a")));

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void followsARedirectChainAndRefusesEndlessOnes() {
    site.redirect("/r1", 302, "/r2").redirect("/r2", 301, site.url("/ok"));
    site.redirect("/loop", 307, "/loop");
    site.page("/ok", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    IngestResult result = ingester.ingest(List.of(site.url("/r1"), site.url("/loop")));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.documents().get(0).source()).isEqualTo(site.url("/r1"));
    assertThat(result.documents().get(0).url()).isEqualTo(site.url("/ok"));
    IngestReport.Input loop = result.report().inputs().get(1);
    assertThat(loop.status()).isEqualTo(Status.FAILED);
    assertThat(loop.error()).isEqualTo("more than 5 redirects");
    assertThat(site.count("/loop")).isEqualTo(6);
  }

  @Test
  void obeysRobotsTxtForItsOwnAgentOverTheWildcard() {
    site.page(
        "/robots.txt",
        "text/plain",
        ("User-agent: *\nDisallow: /\n\nUser-agent: newsbrief\nDisallow: /secret\n"
                + "Allow: /secret/open\n")
            .getBytes(StandardCharsets.UTF_8));
    site.page("/secret/page", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/secret/open", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/news", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    IngestResult result =
        ingester.ingest(
            List.of(site.url("/secret/page"), site.url("/secret/open"), site.url("/news")));

    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::status)
        .containsExactly(Status.FAILED, Status.OK, Status.OK);
    assertThat(result.problems().get(0).input()).isEqualTo(site.url("/secret/page"));
    assertThat(result.problems().get(0).message()).contains("robots.txt").contains("disallows");
    assertThat(site.count("/secret/page")).isZero();
    assertThat(site.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void treatsAServerErrorOnRobotsTxtAsDisallowingEverything() {
    site.route("/robots.txt", e -> LocalSite.send(e, 503, "text/plain", new byte[0]));
    site.page("/ok", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));

    assertThat(only(ingester.ingest(List.of(site.url("/ok")))).error()).contains("disallows");
    assertThat(site.count("/ok")).isZero();
  }

  @Test
  void refusesContentThatIsNotAPageOrFeed() {
    site.page("/photo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    site.page("/missing-type-binary", "", new byte[] {1, 0, 2, 0, 3});

    IngestResult result =
        ingester.ingest(List.of(site.url("/photo"), site.url("/missing-type-binary")));

    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::error)
        .containsExactly(
            "content type image/png is not HTML, XHTML or an RSS/Atom feed",
            "page is binary, not text");
  }

  @Test
  void abortsBodiesOverTheCapWhetherDeclaredOrStreamed() {
    byte[] big = ("<p>" + "x".repeat(10_000) + "</p>").getBytes(StandardCharsets.UTF_8);
    site.page("/declared", "text/html", big);
    site.route(
        "/streamed",
        e -> {
          e.getResponseHeaders().add("Content-Type", "text/html");
          e.sendResponseHeaders(200, 0); // chunked: no length declared
          try (OutputStream out = e.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write(big);
            }
          }
        });

    IngestResult result = ingester.ingest(List.of(site.url("/declared"), site.url("/streamed")));

    assertThat(result.documents()).isEmpty();
    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::error)
        .containsOnly("body is over the cap of 4096 bytes");
  }

  @Test
  void givesUpOnSlowServersWithinTheTimeouts() {
    site.route(
        "/slow-headers",
        e -> {
          Thread.sleep(5000);
          LocalSite.send(e, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    site.route(
        "/slow-body",
        e -> {
          e.getResponseHeaders().add("Content-Type", "text/html");
          e.sendResponseHeaders(200, 0);
          OutputStream out = e.getResponseBody();
          out.write("<p>first".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(5000);
          out.close();
        });
    site.page("/ok", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    Ingester impatient =
        new Ingester(
            new IngestOptions(
                4096, Duration.ofSeconds(1), Duration.ofSeconds(1), 5, Duration.ofSeconds(2)),
            time,
            time);
    long start = System.nanoTime();

    IngestResult result =
        impatient.ingest(
            List.of(site.url("/slow-headers"), site.url("/slow-body"), site.url("/ok")));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::status)
        .containsExactly(Status.FAILED, Status.FAILED, Status.OK);
    assertThat(result.report().inputs().get(0).error()).contains("in time");
    assertThat(result.report().inputs().get(1).error()).contains("within");
  }

  @Test
  void reportsAnUnreachablePortAndGoesOn(@TempDir Path dir) throws IOException {
    Path local = Files.writeString(dir.resolve("local.txt"), "A local article.");
    String dead = "http://127.0.0.1:" + LocalSite.closedPort() + "/news";

    IngestResult result = ingester.ingest(List.of(dead, local.toString()));

    assertThat(result.documents())
        .extracting(RawDocument::source)
        .containsExactly(local.toString());
    assertThat(result.problems().get(0).input()).isEqualTo(dead);
    assertThat(result.problems().get(0).message()).contains("cannot connect to 127.0.0.1:");
  }

  @Test
  void decodesPagesInTheirDeclaredOrSniffedCharset() {
    byte[] latin1 = "<p>Caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] meta =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
            .concat("</head><body><p>Caf\u00e9</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
    site.page("/header", "text/html; charset=ISO-8859-1", latin1);
    site.page("/meta", "text/html", meta);
    site.page("/undeclared", "text/html", latin1);
    site.page("/wrong", "text/html; charset=utf-8", latin1);

    IngestResult result =
        ingester.ingest(
            List.of(
                site.url("/header"),
                site.url("/meta"),
                site.url("/undeclared"),
                site.url("/wrong")));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents().get(0).content()).contains("Caf\u00e9 cr\u00e8me");
    assertThat(result.documents().get(1).content()).contains("Caf\u00e9");
    assertThat(result.documents().get(2).content()).contains("Caf\u00e9 cr\u00e8me");
    assertThat(result.documents().get(3).content()).contains("Caf\u00e9 cr\u00e8me");
  }

  @Test
  void readsFeedsByUrlAndReportsBrokenOnes() {
    site.page(
        "/feed",
        "application/rss+xml",
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item>"
                + "<title>Talks</title><description>&lt;p&gt;Talks resumed.&lt;/p&gt;</description>"
                + "</item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
    site.page(
        "/cut", "application/rss+xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8));

    IngestResult result = ingester.ingest(List.of(site.url("/feed"), site.url("/cut")));

    assertThat(result.documents()).extracting(RawDocument::title).containsExactly("Talks");
    assertThat(result.documents().get(0).source()).isEqualTo(site.url("/feed") + "#1");
    assertThat(result.report().inputs().get(1).error()).startsWith("not well-formed XML at line 1");
  }

  @Test
  void followsFeedEntriesWithOnlyALinkToTheirPagesPolitely() {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes());
    site.page("/story", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page("/private/x", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    site.page(
        "/news.rss",
        "application/rss+xml",
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Linked</title><link>/story</link>"
                + "<description>A teaser only.</description></item>"
                + "<item><title>Forbidden</title><link>/private/x</link></item>"
                + "<item><title>No link</title><description>Whole text here.</description></item>"
                + "</channel></rss>")
            .getBytes(StandardCharsets.UTF_8));

    IngestResult result = ingester.ingest(List.of(site.url("/news.rss")));

    assertThat(result.documents())
        .extracting(RawDocument::title)
        .containsExactly("Linked", "No link");
    assertThat(result.documents().get(0).content()).contains("The talks resumed.");
    assertThat(result.documents().get(0).content()).doesNotContain("teaser");
    assertThat(result.documents().get(0).outlet()).isEqualTo("Wire");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.input()).isEqualTo("/private/x");
              assertThat(p.message()).contains("robots.txt");
            });
    assertThat(site.count("/private/x")).isZero();
    assertThat(only(result).status()).isEqualTo(Status.PARTIAL);
  }

  @Test
  void readsUrlListsLineByLine(@TempDir Path dir) throws IOException {
    site.page("/ok", "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    Path list =
        Files.writeString(
            dir.resolve("today.urls"),
            "# morning reading\n\n" + site.url("/ok") + "\nftp://example.com/file\nnot a url\n");
    Path empty = Files.writeString(dir.resolve("empty.urls"), "# nothing yet\n");

    IngestResult result = ingester.ingest(List.of(list.toString(), empty.toString()));

    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::input, IngestReport.Input::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(site.url("/ok"), Status.OK),
            org.assertj.core.groups.Tuple.tuple("ftp://example.com/file", Status.FAILED),
            org.assertj.core.groups.Tuple.tuple(list + ":5", Status.FAILED),
            org.assertj.core.groups.Tuple.tuple(empty.toString(), Status.FAILED));
    assertThat(result.report().inputs().get(1).error()).startsWith("not an http or https URL");
    assertThat(result.report().inputs().get(3).error()).isEqualTo("lists no URLs");
  }
}
