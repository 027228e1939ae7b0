package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON the CLI writes follows docs/briefing-schema.json, for one story and for several. */
class BriefingSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "briefing-schema.json");
  private static final String DEMO = Path.of("..", "samples", "iran-isis-2014").toString();
  private static final String QUAKE = Path.of("src", "test", "resources", "quake").toString();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void oneStoryBriefingFollowsTheSchema() throws IOException {
    JsonNode briefing = json("brief", "--format", "json", DEMO);
    assertThat(errors("", briefing)).isEmpty();
  }

  @Test
  void severalStoriesFollowTheWrapperSchema() throws IOException {
    JsonNode briefings = json("brief", "--format", "json", DEMO, QUAKE);
    assertThat(briefings.path("stories")).hasSize(2);
    assertThat(errors("#/$defs/stories", briefings)).isEmpty();

    JsonNode listing = json("stories", "--json", DEMO, QUAKE);
    assertThat(errors("#/$defs/stories", listing)).isEmpty();
  }

  @Test
  void theSchemaRejectsABriefingWithoutItsSummary() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode briefing =
        (com.fasterxml.jackson.databind.node.ObjectNode) json("brief", "--format", "json", DEMO);
    briefing.remove("summary");
    assertThat(errors("", briefing)).isNotEmpty();
    assertThat(errors("#/$defs/stories", briefing)).isNotEmpty();

    JsonNode briefings = json("brief", "--format", "json", DEMO, QUAKE);
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            briefings.path("stories").get(0).path("briefing"))
        .remove("summary");
    assertThat(errors("#/$defs/stories", briefings)).isNotEmpty();
  }

  private static java.util.List<com.networknt.schema.Error> errors(String pointer, JsonNode json)
      throws IOException {
    String uri = "https://newsbrief.invalid/briefing-schema.json";
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(java.util.Map.of(uri, read(SCHEMA))));
    Schema schema = registry.getSchema(SchemaLocation.of(uri + (pointer.isEmpty() ? "" : pointer)));
    return schema.validate(json);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode json(String... args) throws IOException {
    StringWriter out = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    assertThat(code).isZero();
    assertThat(Files.exists(SCHEMA)).isTrue();
    return MAPPER.readTree(out.toString());
  }
}
