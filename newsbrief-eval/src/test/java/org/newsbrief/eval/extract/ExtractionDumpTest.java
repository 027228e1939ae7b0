package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.clean.NewsCleaner;

class ExtractionDumpTest {
  private static final String PAGE =
      "<html><head><title>Rain falls</title>"
          + "<meta property='article:published_time' content='2021-03-04T10:00:00Z'></head>"
          + "<body><h1>Rain falls on the town</h1><p class='byline'>By Jane Doe</p>"
          + "<div class='date'>4 March 2021</div>"
          + "<article><p>The rain fell all day on the little town by the river, and the people"
          + " stayed inside their houses while the water rose slowly along the old streets.</p>"
          + "<p>By evening the river had come back down, and the town went out to look at"
          + " what the water had left behind in the gardens and the squares.</p></article>"
          + "</body></html>";

  @Test
  void aLineHoldsTheExtractionAHashOfTheTextAndEveryCandidate() throws Exception {
    NewsCleaner cleaner = new NewsCleaner(false);
    org.newsbrief.clean.PageExtraction x =
        cleaner.extract(
            org.newsbrief.model.RawDocument.of(
                "page", org.newsbrief.model.SourceFormat.HTML, PAGE));
    JsonNode line = new ObjectMapper().readTree(ExtractionDump.line("p1", PAGE, x));
    assertThat(line.path("id").asText()).isEqualTo("p1");
    assertThat(line.path("published").asText()).isEqualTo("2021-03-04");
    assertThat(line.path("date_rules").asText()).isEqualTo("2021-03-04");
    assertThat(line.path("date_candidates").size()).isPositive();
    assertThat(line.path("date_candidates").get(0).get(0).asText()).isEqualTo("2021-03-04");
    assertThat(line.path("paragraphs").asInt()).isEqualTo(x.paragraphs().size());
    assertThat(line.path("text_sha256").asText())
        .isEqualTo(ExtractionDump.sha256(String.join("\n", x.paragraphs())))
        .hasSize(64);
    assertThat(line.toString()).doesNotContain("little town");
  }

  @Test
  void theSamePagesGiveTheSameFileAndAChangedPageAnotherLine(@TempDir Path dir) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("a", PAGE);
    pages.put("b", PAGE.replace("4 March 2021", "5 March 2021"));
    NewsCleaner cleaner = new NewsCleaner(false);
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    ExtractionDump.pages(Map.of("dump", one.toString()), pages, cleaner);
    ExtractionDump.pages(Map.of("dump", two.toString()), pages, new NewsCleaner(false));
    List<String> lines = Files.readAllLines(one);
    assertThat(lines).hasSize(2).isEqualTo(Files.readAllLines(two));
    assertThat(lines.get(0)).startsWith("{\"id\":\"a\"");
    assertThat(lines.get(1).replace("{\"id\":\"b\"", "{\"id\":\"a\"")).isNotEqualTo(lines.get(0));
    ExtractionDump.pages(Map.of(), pages, cleaner);
  }
}
