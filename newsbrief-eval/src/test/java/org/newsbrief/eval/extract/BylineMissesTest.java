package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.clean.BylineModel;

class BylineMissesTest {
  private static BylineModel.PageBylines bylines(String rules, String... candidates) {
    List<BylineModel.PageByline> c =
        java.util.Arrays.stream(candidates)
            .map(v -> new BylineModel.PageByline(v, new double[] {1}))
            .toList();
    return new BylineModel.PageBylines(rules, c);
  }

  @Test
  void missesAreCountedByWhyAndTheCeilingByWhetherACandidateWasRight() {
    List<BylineMisses.Answer> answers =
        List.of(
            new BylineMisses.Answer("Ana Lima", bylines("Ana Lima", "Ana Lima"), "Ana Lima"),
            new BylineMisses.Answer("Bo Chen", bylines("X", "X"), null),
            new BylineMisses.Answer("Bo Chen", bylines("X", "X"), "X"),
            new BylineMisses.Answer("Cy Dee", bylines("X", "Cy Dee", "X"), null),
            new BylineMisses.Answer("Cy Dee", bylines("Cy Dee", "Cy Dee", "X"), "X"),
            new BylineMisses.Answer("Cy Dee", bylines("X", "Cy Dee", "X"), "X"));
    Map<String, Double> classes = BylineMisses.classes(answers, "m_");
    assertThat(classes)
        .containsEntry("m_unreachable_silent", 1.0)
        .containsEntry("m_unreachable_wrong", 1.0)
        .containsEntry("m_silent", 1.0)
        .containsEntry("m_pick_rules_right", 1.0)
        .containsEntry("m_pick", 1.0)
        .hasSize(5);
    assertThat(BylineMisses.ceiling(answers)).isEqualTo(4.0 / 6);
  }
}
