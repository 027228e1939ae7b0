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
        "The Iran Project is not responsible for the content of quoted articles.",
        "Photo: Damian Dovarganes, AP",
        "This slideshow requires JavaScript.",
        "2019-11-19T08:57:40+01:00",
        "https://static6.example.com/image/5dd3a081695b.jpg",
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "Updated at 1:23 p.m.",
        "Vicente Aguiar loads trims into his truck outside a store. (AP Photo/Alan Diaz, File)",
        "[button link=”http://example.com/submit/” type=”big”] Send us YOUR review[/button]"
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
        "The White House also stressed it is not working alongside the Iranian military.",
        "Sources said the talks would resume in Vienna next week after a short pause.",
        "He turned left and drove to the ministry, where officials were waiting."
      })
  void keepsArticleSentences(String line) {
    assertThat(Boilerplate.isBoilerplate(line)).isFalse();
  }
}
