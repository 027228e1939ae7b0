package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs tools/readability-node for real on a small page; needs node and the npm packages
 * (.ci/setup/readability-node.sh installs them), else it is skipped.
 */
class NodeReadabilityIT {
  @Test
  void extractsTheArticleWithALinePerParagraph() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    Optional<NodeReadability> node = NodeReadability.locate(Map.of(), errors);
    assumeTrue(node.isPresent(), () -> err.toString(StandardCharsets.UTF_8));
    String html;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("readability-page.html"))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    Map<String, NodeReadability.Output> out =
        node.get().run(Map.of("p1", html), Map.of("p1", "https://news.example.org/a/1"), errors);

    String text = out.get("p1").text();
    assertThat(text).contains("The harbour reopened on Monday");
    assertThat(text).doesNotContain("Subscribe to our newsletter").doesNotContain("script ran");
    // the paragraphs touch in the markup (</p><p>) but come out on separate lines
    assertThat(text).contains("to the sea.\nOfficials said");
    assertThat(out.get("p1").ms()).isPositive();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 pages, 2 pass(es)");
  }
}
