package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsbrief.model.Speaker;

class SpeakerNamesTest {
  @Test
  void splitsTheRoleFromTheName() {
    assertThat(SpeakerNames.of("State Department spokeswoman Marie Harf"))
        .isEqualTo(new Speaker(null, "Marie Harf", "State Department spokeswoman"));
    assertThat(SpeakerNames.of("Mr. Kerry")).isEqualTo(new Speaker(null, "Kerry", null));
    assertThat(SpeakerNames.of("Insurance Commissioner and State Fire Marshal Mike Causey"))
        .isEqualTo(
            new Speaker(null, "Mike Causey", "Insurance Commissioner and State Fire Marshal"));
    assertThat(SpeakerNames.of("U.S. officials"))
        .isEqualTo(new Speaker(null, "U.S. officials", null));
  }

  @Test
  void keepsAnAbbreviatedTitleWithTheName() {
    assertThat(SpeakerNames.of("Gen. Lloyd Austin"))
        .isEqualTo(new Speaker(null, "Gen. Lloyd Austin", null));
    assertThat(SpeakerNames.key(SpeakerNames.of("Gen. Lloyd Austin"))).isEqualTo("austin");
  }

  @Test
  void groupsApostropheVariants() {
    assertThat(SpeakerNames.key(SpeakerNames.of("Iran’s Foreign Ministry")))
        .isEqualTo(SpeakerNames.key(SpeakerNames.of("Iran's Foreign Ministry")));
  }
}
