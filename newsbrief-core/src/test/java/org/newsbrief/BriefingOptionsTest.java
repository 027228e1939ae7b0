package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BriefingOptionsTest {
  @Test
  void theDefaultLengthGrowsWithTheStory() {
    BriefingOptions options = BriefingOptions.defaults();

    assertThat(options.wordsFor(1)).isEqualTo(150);
    assertThat(options.wordsFor(5)).isEqualTo(198);
    assertThat(options.wordsFor(10)).isEqualTo(250);
    assertThat(options.wordsFor(40)).isEqualTo(250);
  }

  @Test
  void aGivenLengthRules() {
    assertThat(new BriefingOptions(80).wordsFor(10)).isEqualTo(80);
    assertThatThrownBy(() -> new BriefingOptions(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
