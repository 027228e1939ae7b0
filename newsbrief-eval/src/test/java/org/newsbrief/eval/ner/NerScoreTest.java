package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.entity.NerSpan;

class NerScoreTest {
  @Test
  void spanAndTypeMustBothMatch() {
    NerScore score = new NerScore();
    score.add(
        List.of(new NerSpan(0, 2, "PER"), new NerSpan(3, 4, "LOC"), new NerSpan(5, 6, "ORG")),
        List.of(new NerSpan(0, 2, "PER"), new NerSpan(3, 4, "ORG"), new NerSpan(5, 7, "ORG")));
    Map<String, Double> m = score.metrics();
    assertThat(m.get("precision")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(m.get("recall")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(m.get("f1_PER")).isEqualTo(1.0);
    assertThat(m.get("f1_LOC")).isEqualTo(0.0);
    assertThat(m.get("f1_ORG")).isEqualTo(0.0);
    assertThat(m.get("f1_MISC")).isEqualTo(0.0);
  }

  @Test
  void microAveragesOverSentences() {
    NerScore score = new NerScore();
    score.add(List.of(new NerSpan(0, 1, "MISC")), List.of(new NerSpan(0, 1, "MISC")));
    score.add(List.of(new NerSpan(1, 2, "MISC")), List.of());
    Map<String, Double> m = score.metrics();
    assertThat(m.get("precision")).isEqualTo(1.0);
    assertThat(m.get("recall")).isEqualTo(0.5);
    assertThat(m.get("f1")).isCloseTo(2 / 3.0, within(1e-9));
  }
}
