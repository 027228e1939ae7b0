package org.newsbrief.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManifestTest {
  @Test
  void writesDataCommandScoresAndTheModelSize(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("m.bin");
    Files.write(model, new byte[1234]);
    ModelManifest manifest =
        new ModelManifest(
            "ner",
            "CoNLL-2003 English",
            "train",
            14041,
            "newsbrief train ner --data ../shared/data/ner/conll2003",
            7,
            Map.of("f1", 0.9),
            "2026-12-06",
            12.34,
            "settings chosen on dev");
    Path file = dir.resolve("m.json");
    manifest.write(file, model);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("task").asText()).isEqualTo("ner");
    assertThat(json.get("data").get("split").asText()).isEqualTo("train");
    assertThat(json.get("data").get("size").asLong()).isEqualTo(14041);
    assertThat(json.get("command").asText()).startsWith("newsbrief train ner");
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    assertThat(json.get("dev").get("f1").asDouble()).isEqualTo(0.9);
    assertThat(json.get("train_s").asDouble()).isEqualTo(12.3);
    assertThat(json.get("model_bytes").asLong()).isEqualTo(1234);
  }
}
