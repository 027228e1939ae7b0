package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PAGE =
      "<html lang='en'><head><title>Ceasefire talks | Daily</title>"
          + "<meta property='og:title' content='Ceasefire talks in Geneva'>"
          + "<meta property='article:published_time' content='2024-03-01T10:00:00+01:00'>"
          + "<meta property='article:modified_time' content='2024-03-02T09:00:00+01:00'>"
          + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
          + "[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":"
          + "\"John Roe\"}]}</script></head><body><article><h1>Ceasefire talks in Geneva</h1>"
          + "<p>Ministers gathered in Geneva on Friday to discuss the ceasefire, a spokesman"
          + " said.</p><h2>What comes next</h2><p>The talks are expected to last three days,"
          + " officials said on Friday.</p><ul><li>First, a truce along the border lines.</li>"
          + "<li>Then, an exchange of prisoners of war.</li></ul></article></body></html>";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path page(String name, String html) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsOneObjectWithTheSchemaKeysForOneInput() throws IOException {
    Path file = page("geneva.html", PAGE);
    assertThat(run("extract", "--format", "json", file.toString())).isEqualTo(0);
    JsonNode o = MAPPER.readTree(out.toString());
    assertThat(o.isObject()).isTrue();
    assertThat(o.path("input").asText()).isEqualTo(file.toString());
    assertThat(o.path("title").asText()).isEqualTo("Ceasefire talks in Geneva");
    assertThat(o.path("byline").toString()).isEqualTo("[\"Jane Doe\",\"John Roe\"]");
    assertThat(o.path("published").asText()).isEqualTo("2024-03-01");
    assertThat(o.path("modified").asText()).isEqualTo("2024-03-02");
    assertThat(o.path("language").asText()).isEqualTo("en");
    assertThat(o.path("text").asText()).startsWith("Ministers gathered in Geneva");
    assertThat(o.path("paragraphs").size()).isGreaterThanOrEqualTo(3);
    assertThat(o.has("url") && o.has("outlet")).isTrue();
  }

  @Test
  void aFailedInputBecomesAnErrorObjectAndExitsThreeWhileOthersAreDone() throws IOException {
    Path good = page("geneva.html", PAGE);
    Path missing = dir.resolve("missing.html");
    int code = run("extract", "--format", "json", missing.toString(), good.toString());
    assertThat(code).isEqualTo(3);
    JsonNode all = MAPPER.readTree(out.toString());
    assertThat(all.isArray()).isTrue();
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.get(0).has("error")).isTrue();
    assertThat(all.get(0).has("text")).isFalse();
    assertThat(all.get(1).path("title").asText()).isEqualTo("Ceasefire talks in Geneva");
  }

  @Test
  void jsonlPrintsOneObjectALineAndOutWritesAFile() throws IOException {
    Path a = page("a.html", PAGE);
    Path b = page("b.html", PAGE.replace("Geneva", "Vienna"));
    Path target = dir.resolve("out.jsonl");
    assertThat(
            run(
                "extract",
                "--format",
                "jsonl",
                "--out",
                target.toString(),
                a.toString(),
                b.toString()))
        .isEqualTo(0);
    String[] lines = Files.readString(target).strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(MAPPER.readTree(lines[1]).path("title").asText()).contains("Vienna");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void markdownKeepsHeadingsAndListsAndTextStartsWithTheHeadline() throws IOException {
    Path file = page("geneva.html", PAGE);
    assertThat(run("extract", "--format", "md", file.toString())).isEqualTo(0);
    String md = out.toString();
    assertThat(md).startsWith("# Ceasefire talks in Geneva\n\n");
    assertThat(md).contains("\n## What comes next\n");
    assertThat(md).contains("- First, a truce along the border lines.\n");
    out.getBuffer().setLength(0);
    assertThat(run("extract", file.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("Ceasefire talks in Geneva\n\nMinisters gathered");
    assertThat(out.toString()).doesNotContain("# ").doesNotContain("- First");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Path file = page("geneva.html", PAGE);
    assertThat(run("extract", "--format", "pdf", file.toString())).isEqualTo(2);
  }
}
