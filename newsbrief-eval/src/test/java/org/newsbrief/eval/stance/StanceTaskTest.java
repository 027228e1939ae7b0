package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.eval.EvalReport;

class StanceTaskTest {
  @Test
  void reportsTheSystemAndBothPeersOnTheDevBodies() throws Exception {
    EvalReport report = new StanceTask().run(Fnc1DataTest.fixture(), Map.of("rounds", "5"));

    assertThat(report.task()).isEqualTo("stance");
    assertThat(report.system())
        .containsKeys("relative_score", "macro_f1", "disagree_f1", "accuracy", "pairs_per_s")
        .containsEntry("count", 8.0); // 2 held-out bodies, 4 headlines each
    assertThat(report.peers()).containsOnlyKeys("majority_unrelated", "fnc1_baseline");
    // 6 unrelated pairs score 0.25 each, out of 6 * 0.25 + 2 * 1.0
    assertThat(report.peers().get("majority_unrelated").get("relative_score")).isEqualTo(1.5 / 3.5);
  }
}
