package org.newsbrief.eval.conflict;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimGateStudyTest {
  @TempDir Path folder;

  @Test
  void aPoolEntryWithoutLabelsOrWithAMissingPathIsNamed() {
    assertThatThrownBy(
            () -> ClaimGateStudy.run(folder, Map.of("labels", "l.tsv", "pool", "nowhere"), "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
    assertThatThrownBy(
            () ->
                ClaimGateStudy.run(
                    folder, Map.of("labels", "l.tsv", "pool", "/no/such/set=l.tsv"), "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/no/such/set");
  }

  @Test
  void theGateStudyNeedsLabels() {
    assertThatThrownBy(() -> ClaimGateStudy.run(folder, Map.of(), "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels");
  }
}
