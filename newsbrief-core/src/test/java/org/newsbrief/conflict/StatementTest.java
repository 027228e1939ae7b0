package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementTest {
  @Test
  void wordsUnderANegationThatMakesNoClaimAreNeitherDeniedNorStated() {
    Statement s =
        Statement.of("a", "The chief did not know of any recent threats to the church.", "");

    assertThat(s.negated()).isEmpty();
    assertThat(s.affirmed()).contains("chief").doesNotContain("threat", "recent");
    assertThat(s.words()).contains("threat", "church");
  }

  @Test
  void headsAreTheNegatedPredicatesOnly() {
    Statement s = Statement.of("a", "Witnesses said the teen did not have a gun in his hand.", "");

    assertThat(s.negated()).containsExactlyInAnyOrder("gun", "hand");
    assertThat(s.heads()).containsExactly("gun");
  }
}
