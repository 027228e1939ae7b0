package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** A feed whose entries carry their full text inline, so no network is needed. */
  private Path feed() throws IOException {
    Path feed = dir.resolve("wire.rss");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\"?><rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            + "<title>Wire</title><item><title>Ceasefire talks in Geneva</title>"
            + "<guid isPermaLink=\"false\">g1</guid><pubDate>Fri, 05 Dec 2014 10:00:00 GMT</pubDate>"
            + "<content:encoded><![CDATA[<p>Ministers gathered in Geneva on Friday to discuss the"
            + " ceasefire, a spokesman said.</p><p>The talks are expected to last three"
            + " days.</p>]]></content:encoded></item></channel></rss>");
    return feed;
  }

  @Test
  void onceReadsEveryFeedExitsZeroAndPrintsTheReportAsJson() throws IOException {
    int code =
        run(
            "follow",
            "--once",
            "--json",
            "--quiet",
            "--store",
            dir.resolve("s").toString(),
            feed().toString());

    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("all_read").asBoolean()).isTrue();
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("feeds").get(0).get("status").asText()).isEqualTo("read");
  }

  @Test
  void aFeedThatFailsMakesTheExitCodeThreeAndTheOthersAreStillRead() throws IOException {
    int code =
        run(
            "follow",
            "--once",
            "--store",
            dir.resolve("s").toString(),
            feed().toString(),
            dir.resolve("missing.rss").toString());

    assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(out.toString()).contains("1 new articles").contains("failed");
    assertThat(err.toString()).contains("newsbrief: read");
  }

  @Test
  void aSecondRunFindsNothingNew() throws IOException {
    String store = dir.resolve("s").toString();
    run("follow", "--once", "--quiet", "--store", store, feed().toString());
    out.getBuffer().setLength(0);

    int code = run("follow", "--once", "--json", "--quiet", "--store", store, feed().toString());

    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("poll").asInt()).isEqualTo(2);
    assertThat(report.get("added").asInt()).isZero();
    assertThat(report.get("feeds").get(0).get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void aBadDurationIsAUsageError() throws IOException {
    int code = run("follow", "--once", "--every", "15 minutes", feed().toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--every");
  }
}
