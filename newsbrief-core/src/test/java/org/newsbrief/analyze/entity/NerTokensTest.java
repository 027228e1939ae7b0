package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerTokensTest {
  @Test
  void tokenisesAsConllDoes() {
    String s = "Mr. O’Neill’s U.S.-based firm, Acme-Smith, didn’t pay $5.5 million.";
    NerTokens t = NerTokens.of(s);
    assertThat(t.words())
        .containsExactly(
            "Mr.",
            "O'Neill",
            "'s",
            "U.S.",
            "-",
            "based",
            "firm",
            ",",
            "Acme-Smith",
            ",",
            "didn",
            "'",
            "t",
            "pay",
            "$",
            "5.5",
            "million",
            ".");
    assertThat(s.substring(t.start(1), t.end(1))).isEqualTo("O’Neill");
  }
}
