package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryDefectsTest {
  private static final List<List<String>> ARTICLES =
      List.of(
          List.of(
              "WASHINGTON (AP) — The Senate passed the budget bill on Monday.",
              "It now goes to the House.",
              "Posted: Jan 5, 2014 3:22 PM EST Lawmakers cheered."),
          List.of(
              "The Senate approved the budget bill Monday after a long debate.",
              "He called it \"a victory for"));

  @Test
  void countsEachKindOfDefect() {
    Map<String, Integer> counts =
        SummaryDefects.of(
            List.of(
                "WASHINGTON (AP) — The Senate passed the budget bill on Monday.",
                "The Senate approved the budget bill Monday after a long debate.",
                "Posted: Jan 5, 2014 3:22 PM EST Lawmakers cheered.",
                "He called it \"a victory for"),
            ARTICLES);

    assertThat(counts)
        .containsEntry("sentences", 4)
        .containsEntry("dateline", 1)
        .containsEntry("repeat", 1)
        .containsEntry("stamp", 1)
        .containsEntry("pronoun", 1)
        .containsEntry("quote", 1)
        .containsEntry("truncated", 1);
  }

  @Test
  void aPronounAfterItsAntecedentIsFine() {
    Map<String, Integer> counts =
        SummaryDefects.of(
            List.of("The Senate passed the budget bill on Monday.", "It now goes to the House."),
            ARTICLES);

    assertThat(counts).containsEntry("pronoun", 0).containsEntry("repeat", 0);
  }
}
