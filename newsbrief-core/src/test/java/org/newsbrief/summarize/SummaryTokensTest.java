package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTokensTest {
  @Test
  void splitsAsRougeDoes() {
    assertThat(SummaryTokens.of("The U.S.-led coalition's 2014 plan, café!"))
        .containsExactly("the", "u", "s", "-", "led", "coalition", "s", "2014", "plan", "caf");
  }

  @Test
  void countsWordsBetweenSpaces() {
    assertThat(SummaryTokens.words("  U.S.-led   coalition 2014 ")).isEqualTo(3);
    assertThat(SummaryTokens.words("   ")).isZero();
  }
}
