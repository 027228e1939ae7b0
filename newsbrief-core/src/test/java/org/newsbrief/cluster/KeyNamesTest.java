package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyNamesTest {
  @Test
  void findsRunsOfCapitalisedWordsWithoutSentenceOpenersOrCalendarWords() {
    assertThat(
            KeyNames.of(
                "The actress Lindsay Lohan checked into the Betty Ford Clinic on Thursday. Police"
                    + " said the U.S. court had ordered it."))
        .containsExactlyInAnyOrder("Lindsay Lohan", "Betty Ford Clinic", "U.S.");
  }
}
