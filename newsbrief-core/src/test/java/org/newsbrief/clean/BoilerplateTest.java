package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ADVERTISEMENT",
        "Accessibility links",
        "Breaking News",
        "Click to Read More and View Comments",
        "Click to Hide",
        "Please read our comment policy before commenting.",
        "No comments:",
        "Post a Comment",
        "Copyright © 2024 The Washington Times, LLC. Click here for reprint permission.",
        "SEE ALSO: Iran using U.S.-made F-4 Phantom jets to bomb Islamic State",
        "• Guy Taylor can be reached at gtaylor@washingtontimes.com.",
        "CNN’s Stephen Collinson contributed to this report.",
        "By Reuters",
        "The Iran Project is not responsible for the content of quoted articles."
      })
  void recognisesFurniture(String line) {
    assertThat(Boilerplate.isBoilerplate(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Wednesday, the talks had ended without agreement in Vienna.",
        "Breaking news of the letter angered congressional opponents of a deal.",
        "Iran also denies that it has launched airstrikes on IS.",
        "The White House also stressed it is not working alongside the Iranian military."
      })
  void keepsArticleSentences(String line) {
    assertThat(Boilerplate.isBoilerplate(line)).isFalse();
  }
}
