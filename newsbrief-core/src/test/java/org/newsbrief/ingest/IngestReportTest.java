package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.ingest.IngestReport.Input;
import org.newsbrief.ingest.IngestReport.Status;

class IngestReportTest {
  private final IngestReport report =
      new IngestReport(
          List.of(
              new Input("a.html", InputKind.HTML, Status.OK, 1, 0, null),
              new Input("feed.rss", InputKind.FEED, Status.OK, 3, 0, null),
              new Input("crawl.warc", InputKind.WARC, Status.PARTIAL, 2, 4, "archive is cut"),
              new Input("https://x.test/", InputKind.URL, Status.FAILED, 0, 0, "timed out")));

  @Test
  void rendersATableWithTotals() {
    String text = report.toText();

    assertThat(text.lines().toList())
        .hasSize(6)
        .element(3)
        .asString()
        .matches("partial +warc +2 +4 +crawl.warc: archive is cut");
    assertThat(text)
        .endsWith(
            "4 inputs: 2 ok, 1 partial, 1 failed; 6 documents, 4 skipped" + System.lineSeparator());
  }

  @Test
  void rendersJson() throws IOException {
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("inputs")).hasSize(4);
    JsonNode failed = json.get("inputs").get(3);
    assertThat(failed.get("kind").asText()).isEqualTo("url");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("error").asText()).isEqualTo("timed out");
    assertThat(json.get("inputs").get(0).get("error").isNull()).isTrue();
    assertThat(json.get("totals").get("failed").asInt()).isEqualTo(1);
    assertThat(json.get("totals").get("documents").asInt()).isEqualTo(6);
  }

  @Test
  void aRejectedDocumentCountsAgainstTheInputThatGaveIt() {
    IngestReport after =
        report.withRejected("feed.rss#2", "no text").withRejected("a.html", "no text");

    assertThat(after.inputs().get(1))
        .extracting(Input::status, Input::documents, Input::skipped, Input::error)
        .containsExactly(Status.PARTIAL, 2, 1, "no text");
    assertThat(after.inputs().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(after.allOk()).isFalse();
    assertThat(report.withRejected("elsewhere.txt", "x")).isEqualTo(report);
  }

  @Test
  void refusesAFailureWithoutAReason() {
    assertThatThrownBy(() -> new Input("x", InputKind.TXT, Status.FAILED, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
