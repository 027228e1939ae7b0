package org.newsbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.StoryBriefings;

/**
 * The Spark job on a mixed corpus (four invented stories, lines out of date order) against the
 * single-machine {@link NewsBriefings#briefStories}: the same stories, the same members, the same
 * briefing for each.
 */
class MixedStoriesIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsbrief-mixed-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "3")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void briefsEveryStoryAsTheSingleMachinePipelineDoes(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("stories.jsonl");
    try (InputStream in =
        Objects.requireNonNull(MixedStoriesIT.class.getResourceAsStream("/mixed/stories.jsonl"))) {
      Files.copy(in, corpus);
    }

    JobReport report =
        BriefingJob.run(
            spark, JobOptions.parse("--input", corpus.toString(), "--output", dir + "/out"));
    StoryBriefings single = NewsBriefings.create().briefStories(List.of(corpus));

    assertThat(report.failed()).isZero();
    assertThat(report.articles()).isEqualTo(8);
    assertThat(single.stories()).hasSize(4);
    assertThat(report.stories()).isEqualTo(4);
    assertThat(spark(dir.resolve("out/briefings.jsonl"))).isEqualTo(singleMachine(single));
  }

  /** Story id to {"articles": sorted member ids, "briefing": the briefing's JSON}. */
  private static Map<String, JsonNode> singleMachine(StoryBriefings stories) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (org.newsbrief.model.StoryBriefing s : stories.stories()) {
      ObjectNode node = MAPPER.createObjectNode();
      s.story().articles().stream().sorted().forEach(node.putArray("articles")::add);
      node.set("briefing", MAPPER.readTree(StoryBriefing.oneLine(s.briefing())));
      out.put(s.story().id(), node);
    }
    return out;
  }

  private static Map<String, JsonNode> spark(Path folder) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode node = MAPPER.readTree(line);
            ObjectNode value = MAPPER.createObjectNode();
            value.set("articles", node.get("articles"));
            value.set("briefing", node.get("briefing"));
            out.put(node.get("story").asText(), value);
          }
        }
      }
    }
    return out;
  }
}
