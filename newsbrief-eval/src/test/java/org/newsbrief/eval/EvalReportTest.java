package org.newsbrief.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  @Test
  void printsTheSharedJsonShapeWithSortedKeys() {
    EvalReport report =
        new EvalReport(
            "summarize",
            "../shared/data/x.jsonl",
            Map.of("rouge2_f", 0.16, "rouge1_f", 0.45, "words", 290.5),
            Map.of("lead3", Map.of("rouge1_f", 0.4)));

    assertThat(report.toJson())
        .isEqualTo(
            "{\"task\":\"summarize\",\"data\":\"../shared/data/x.jsonl\","
                + "\"system\":{\"rouge1_f\":0.45,\"rouge2_f\":0.16,\"words\":290.5},"
                + "\"peers\":{\"lead3\":{\"rouge1_f\":0.4}}}");
    assertThat(report.toTable())
        .contains("newsbrief")
        .contains("lead3")
        .contains("rouge1_f=0.4500");
  }

  @Test
  void rejectsScoresOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new EvalReport("t", "d", Map.of("f1", 45.0), Map.of()))
        .hasMessageContaining("system.f1 = 45.0 is not a fraction");
    assertThatThrownBy(
            () -> new EvalReport("t", "d", Map.of(), Map.of("p", Map.of("recall", Double.NaN))))
        .hasMessageContaining("p.recall is not a number");
  }
}
