package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "FILE - Ministers meet in Vienna.",
        "Secretary of State John Kerry, left, speaks with Iranian Foreign Minister Javad Zarif.",
        "Javad Zarif (L) and John Kerry meet in Vienna.",
        "Iranian Foreign Minister Javad Zarif speaks to the media in Vienna November 24, 2014.",
        "John Kerry arrives at the talks in Vienna November 24, 2014. / Reuters"
      })
  void recognisesCaptions(String paragraph) {
    assertThat(Captions.isCaption(paragraph)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Iranian Foreign Minister Javad Zarif speaks to the media in Vienna, officials said.",
        "The minister, left without a deal, flew home on November 24, 2014, a day early.",
        "\"We will meet again,\" Zarif said as he arrives in Vienna November 24, 2014.",
        "John Kerry, right, was not there."
      })
  void keepsArticleParagraphs(String paragraph) {
    assertThat(Captions.isCaption(paragraph)).isFalse();
  }
}
