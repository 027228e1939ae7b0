package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgesTest {
  @Test
  void hedgeWordsAndContractedModalsHedge() {
    assertThat(Hedges.hedged(ClaimWords.tokens("Hopefully he will not need more."))).isTrue();
    assertThat(Hedges.hedged(ClaimWords.tokens("Talks could resume if Iran agrees."))).isTrue();
    assertThat(Hedges.hedged(ClaimWords.tokens("The ambassador called for talks."))).isTrue();
    assertThat(Hedges.hedged(ClaimWords.tokens("Talks resumed on Monday."))).isFalse();
    assertThat(Hedges.hedged(ClaimWords.tokens("He wouldn't allow the law to be used."))).isTrue();
    assertThat(Hedges.hedged(ClaimWords.tokens("He couldn’t attend."))).isTrue();
    assertThat(Hedges.hedged(ClaimWords.tokens("He didn't allow the law to be used."))).isFalse();
  }
}
