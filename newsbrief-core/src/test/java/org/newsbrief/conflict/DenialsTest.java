package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DenialsTest {
  private static boolean denies(String sentence) {
    return Denials.any(ClaimWords.tokens(sentence));
  }

  @Test
  void aDenialOfAClaimOrOfWrongdoing() {
    assertThat(denies("A man has denied arson following a fire at a supermarket.")).isTrue();
    assertThat(denies("The family deny that he was carrying a weapon.")).isTrue();
    assertThat(denies("The ministry said the reports of Ebola are false.")).isTrue();
    assertThat(denies("He denied it.")).isTrue();
  }

  @Test
  void aRefusalIsNoDenial() {
    assertThat(denies("He has been denied bail and will appear in court.")).isFalse();
    assertThat(denies("Officials denied him entry to the country.")).isFalse();
  }

  @Test
  void aNegatedDenialLeavesTheClaimStanding() {
    assertThat(denies("Lynch did not deny his client was at the scene.")).isFalse();
    assertThat(Negations.scope(ClaimWords.tokens("Lynch did not deny his client was there.")))
        .containsOnly(false);
  }

  @Test
  void falsityOfABarePronounDeniesNoStatedClaim() {
    assertThat(denies("Patterns suggest it is a fake, the study found.")).isFalse();
    assertThat(denies("Reports that the talks took place are false.")).isTrue();
  }
}
