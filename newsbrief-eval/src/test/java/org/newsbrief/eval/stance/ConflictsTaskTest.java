package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictsTaskTest {
  private static ConflictsTask.Case c(String best, boolean disagree) {
    return new ConflictsTask.Case("h", best, List.of(best), best, disagree);
  }

  @Test
  void scoresPrecisionRecallAndF1OfDisagreeFound() {
    List<ConflictsTask.Case> cases =
        List.of(c("yes", true), c("yes", false), c("no", true), c("no", false), c("yes", true));

    Map<String, Double> m = ConflictsTask.score(cases, x -> x.best().equals("yes"));

    assertThat(m.get("precision")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.get("recall")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.get("f1")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.get("count")).isEqualTo(5.0);
    assertThat(m.get("count_found")).isEqualTo(3.0);
  }

  @Test
  void findingNothingScoresZeroNotNaN() {
    Map<String, Double> m = ConflictsTask.score(List.of(c("no", true)), x -> false);

    assertThat(m.get("precision")).isZero();
    assertThat(m.get("f1")).isZero();
  }
}
