package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldScoringTest {
  private static FoldScoring.Setting setting(double l2, double t, double accuracy, double f1) {
    return new FoldScoring.Setting(l2, t, Map.of("attribution_accuracy", accuracy, "f1", f1));
  }

  @Test
  void choosesThePenaltyByAttributionAndThenTheThresholdByFindingF1() {
    FoldScoring.Result r =
        new FoldScoring.Result(
            List.of(
                setting(0.01, 0.3, 0.80, 0.95),
                setting(0.1, 0.3, 0.82, 0.96),
                setting(1, 0.3, 0.81, 0.97),
                setting(0.1, 0.2, 0.81, 0.97),
                setting(0.1, 0.4, 0.90, 0.90)),
            Map.of(),
            10);
    FoldScoring.Setting chosen = r.chosen();
    assertThat(chosen.rankerL2()).isEqualTo(0.1);
    assertThat(chosen.threshold()).isEqualTo(0.2);
    Map<String, Double> report = FoldScoring.report(r, 0.1, 0.3);
    assertThat(report).containsEntry("cv_attribution_accuracy", 0.82);
    assertThat(report).containsEntry("cv_chosen_l2_0_1_t_0_2", 1.0);
    assertThat(report).containsEntry("count_cv_articles", 10.0);
  }
}
