package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFinderTest {
  @Test
  void anHonorificWithoutAFullStopIsNoPartOfTheName() {
    NameFinder.Titled mrs = NameFinder.splitRole("Mrs Palin visited.", 0, "Mrs Palin");
    assertThat(mrs.name()).isEqualTo("Palin");
    assertThat(mrs.role()).isNull();
    assertThat(NameFinder.splitRole("Miss Rachel Bates said.", 0, "Miss Rachel Bates").name())
        .isEqualTo("Rachel Bates");
    assertThat(NameFinder.splitRole("Mr. Gomes left.", 0, "Mr. Gomes").name()).isEqualTo("Gomes");
    assertThat(NameFinder.splitRole("Mississippi voted.", 0, "Mississippi").name())
        .isEqualTo("Mississippi");
  }
}
