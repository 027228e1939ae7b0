package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void leadKeepsWholeSentencesUpToAboutTheWordCount() {
    String text = "One two three. Four five six. Seven eight nine.";
    assertThat(SyntheticCorpus.lead(text, 4)).isEqualTo("One two three. Four five six.");
    assertThat(SyntheticCorpus.lead(text, 0)).isEqualTo(text);
  }

  @Test
  void writesOneDistinctDatedArticleALineInDateOrder(@TempDir Path dir) throws IOException {
    List<List<String>> clusters =
        List.of(
            List.of("The mayor opened the bridge. Crowds cheered loudly.", "Bridge opens today."),
            List.of("Storm hits the coast. Ferries were cancelled."));
    Path file = dir.resolve("corpus.jsonl");

    SyntheticCorpus.write(new SyntheticStream(clusters, 40, 5, 7), 3, file);

    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lines.add(MAPPER.readTree(line));
    }
    assertThat(lines).hasSize(40);
    assertThat(new HashSet<>(lines.stream().map(l -> l.get("text").asText()).toList())).hasSize(40);
    assertThat(lines.stream().map(l -> l.get("date").asText()).toList()).isSorted();
    assertThat(lines.get(0).get("text").asText()).contains("(Filed by Wire ", ", item 1.)");
    assertThat(lines).allSatisfy(l -> assertThat(l.get("outlet").asText()).startsWith("Wire "));
  }
}
