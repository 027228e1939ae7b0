package org.newsbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Briefing;

/** The Spark job in local mode against the single-machine pipeline on the same input. */
class BriefingJobIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path DEMO = Path.of("..", "samples", "iran-isis-2014");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsbrief-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void briefsTheDemoCorpusExactlyAsTheSingleMachinePipelineDoes(@TempDir Path dir)
      throws IOException {
    Path corpus = Files.write(dir.resolve("demo.jsonl"), demoLines(), StandardCharsets.UTF_8);

    JobReport report = runJob(corpus, dir.resolve("out"));

    Briefing single = NewsBriefings.create().brief(List.of(corpus));
    assertThat(report.failed()).isZero();
    assertThat(report.articles()).isEqualTo(single.articles().size()).isEqualTo(5);
    List<JsonNode> lines = jsonLines(dir.resolve("out/briefings.jsonl"));
    assertThat(lines).hasSize((int) report.stories());
    assertThat(report.stories()).isEqualTo(1);
    assertThat(lines.get(0).get("briefing"))
        .isEqualTo(MAPPER.readTree(StoryBriefing.oneLine(single)));
    List<Row> rows =
        spark.read().parquet(dir.resolve("out/briefings.parquet").toString()).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<Integer>getAs("article_count")).isEqualTo(5);
  }

  @Test
  void reportsBadRecordsWithoutLosingGoodOnes(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(demoLines());
    lines.add(2, "{not json");
    lines.add(4, "{\"title\": \"no text field\"}");
    lines.add("{\"text\": \"" + "word ".repeat(300_000) + "\"}");
    Path corpus = Files.write(dir.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);

    JobReport report = runJob(corpus, dir.resolve("out"));

    assertThat(report.articles()).isEqualTo(5);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.sample())
        .extracting(p -> p.input())
        .containsExactly(corpus + ":3", corpus + ":5", corpus + ":8");
    assertThat(report.sample().get(2).message()).contains("record cap");
    assertThat(jsonLines(dir.resolve("out/failures.jsonl"))).hasSize(3);
    assertThat(jsonLines(dir.resolve("out/briefings.jsonl")).get(0).path("articles")).hasSize(5);
  }

  @Test
  void readsWebArchivesRecordByRecord(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (org.netpreserve.jwarc.WarcWriter writer =
        new org.netpreserve.jwarc.WarcWriter(
            java.nio.channels.FileChannel.open(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (String place : List.of("Geneva", "Vienna")) {
        String html =
            "<html><head><title>Talks in "
                + place
                + "</title></head><body><article><p>Diplomats from six countries gathered in "
                + place
                + " on Friday to discuss the ceasefire, a spokesman said.</p><p>The talks in "
                + place
                + " are expected to last three days, officials said.</p></article></body></html>";
        writer.write(
            new org.netpreserve.jwarc.WarcResponse.Builder("https://example.com/" + place)
                .body(
                    new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .body(
                            org.netpreserve.jwarc.MediaType.HTML_UTF8,
                            html.getBytes(StandardCharsets.UTF_8))
                        .build())
                .build());
      }
    }

    JobReport report =
        BriefingJob.run(
            spark,
            JobOptions.parse(
                "--input", warc.toString(), "--output", dir.resolve("out").toString()));

    assertThat(report.articles()).isEqualTo(2);
    assertThat(report.failed()).isZero();
    JsonNode briefing = jsonLines(dir.resolve("out/briefings.jsonl")).get(0).get("briefing");
    assertThat(briefing.path("articles").get(0).path("source").asText())
        .startsWith("file:" + warc + "#");
  }

  private static JobReport runJob(Path corpus, Path out) {
    return BriefingJob.run(
        spark,
        JobOptions.parse(
            "--input", corpus.toString(), "--output", out.toString(), "--max-bytes", "1000000"));
  }

  private static List<String> demoLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEMO)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.add(
            MAPPER.writeValueAsString(
                java.util.Map.of("text", Files.readString(file, StandardCharsets.UTF_8))));
      }
    }
    return lines;
  }

  private static List<JsonNode> jsonLines(Path folder) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(MAPPER.readTree(line));
          }
        }
      }
    }
    return out;
  }
}
