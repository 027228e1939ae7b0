package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedScoresTest {
  @TempDir Path dir;

  @Test
  void comparesStoryByStory() throws IOException {
    Path base = dir.resolve("base.tsv");
    PairedScores.write(
        List.of(PairedScores.row("b", 0.40, 0.10, 10, 2), PairedScores.row("a", 0.30, 0.20, 10, 0)),
        base);
    List<String> now =
        List.of(PairedScores.row("a", 0.32, 0.20, 8, 0), PairedScores.row("b", 0.44, 0.10, 12, 1));
    Map<String, Double> paired = PairedScores.compare(now, base);
    assertThat(paired.get("paired_stories")).isEqualTo(2.0);
    assertThat(paired.get("paired_rouge1_diff")).isCloseTo(0.03, within(1e-9));
    assertThat(paired.get("paired_rouge1_ci95")).isCloseTo(1.96 * 0.01, within(1e-9));
    assertThat(paired.get("paired_rouge2_diff")).isCloseTo(0.0, within(1e-9));
    assertThat(paired.get("paired_rouge2_ci95")).isCloseTo(0.0, within(1e-9));
    assertThat(paired.get("paired_defect_any_diff")).isCloseTo(0.05 - 0.10, within(1e-9));
  }

  @Test
  void failsWhenTheRunsCoverOtherStories() throws IOException {
    Path base = dir.resolve("base.tsv");
    PairedScores.write(List.of(PairedScores.row("a", 0.4, 0.1, 1, 0)), base);
    assertThatThrownBy(
            () -> PairedScores.compare(List.of(PairedScores.row("c", 0.4, 0.1, 1, 0)), base))
        .hasMessageContaining("no story c");
  }

  @Test
  void namesAScoresFileThatIsNotText() throws IOException {
    Path binary = dir.resolve("scores.bin");
    java.nio.file.Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
    assertThatThrownBy(
            () -> PairedScores.compare(List.of(PairedScores.row("a", 0.4, 0.1, 1, 0)), binary))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(binary.toString())
        .hasMessageContaining("not UTF-8");
  }
}
