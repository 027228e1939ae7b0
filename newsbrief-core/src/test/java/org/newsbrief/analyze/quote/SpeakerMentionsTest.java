package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerMentionsTest {
  @Test
  void findsPronounsNamesAndRoleNounsWithoutLeadingFunctionWords() {
    assertThat(
            SpeakerMentions.of(
                    "But Secretary of State John Kerry’s aide said it, and the officials, who"
                        + " agreed.")
                .stream()
                .map(SpeakerCandidate::text))
        .containsExactly("Secretary of State John Kerry", "aide", "it", "officials", "who");
  }

  @Test
  void offsetsPointAtTheMention() {
    String text = "In Baghdad, he told reporters.";
    for (SpeakerCandidate c : SpeakerMentions.of(text)) {
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
    }
  }
}
