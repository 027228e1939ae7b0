package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.summarize.SelectionWeights;

class WeightGridTest {
  @Test
  void aGridIsSettingsSeparatedBySemicolons() {
    assertThat(WeightGrid.settings(Map.of("grid", "0.4,1,0,2,0; 0.7,0,0,0.45,0;")))
        .containsExactly("0.4,1,0,2,0", "0.7,0,0,0.45,0");
    assertThat(WeightGrid.settings(Map.of())).isEmpty();
  }

  @Test
  void aSettingIsFiveNumbers() {
    assertThat(WeightGrid.parse("0.4, 1, 0, 0.45, 0.5"))
        .isEqualTo(new SelectionWeights(0.4, 1, 0, 0.45, 0.5));
    assertThatThrownBy(() -> WeightGrid.parse("0.4,1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("five numbers");
  }

  @Test
  void eachGridRunIsPairedWithTheShippedRun() throws Exception {
    List<String> base = List.of(PairedScores.row("a", 0.4, 0.1, 5, 1));
    List<String> tried = List.of(PairedScores.row("a", 0.5, 0.1, 5, 0));

    Map<String, Double> out = WeightGrid.paired(Map.of("rouge1_f", 0.5), tried, base, "grid0");

    assertThat(out.get("paired_rouge1_diff"))
        .isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(out.get("paired_defect_any_diff"))
        .isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(out).containsEntry("rouge1_f", 0.5);
  }
}
