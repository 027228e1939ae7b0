package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContradictionsTest {
  @Test
  void findsADenialOfWhatTheOtherSentenceStates() {
    String affirms =
        "Kerry said the United States and Iran are acting independently in Iraq, though there is"
            + " some coordination to stay out of each other's line of fire.";
    String denies = "U.S. officials say there is no military coordination with Iran in Iraq.";

    assertThat(Contradictions.score(affirms, denies)).isPositive();
    assertThat(Contradictions.score(denies, affirms))
        .isEqualTo(Contradictions.score(affirms, denies));
  }

  @Test
  void foldsWordFamiliesSoTalksMatchConversations() {
    assertThat(
            Contradictions.score(
                "The State Department confirmed that the United States has been discussing Iraq"
                    + " with Iran.",
                "Iran denies that such conversations with the United States about Iraq took place."))
        .isPositive();
  }

  @Test
  void readsFalsitySaidOfAClaim() {
    assertThat(
            Contradictions.score(
                "ISIS fighters in Mosul have contracted Ebola, a local newspaper said.",
                "The ministry said reports that ISIS fighters in Mosul have contracted Ebola are"
                    + " false."))
        .isPositive();
  }

  @Test
  void ignoresAgreementHedgesAndUnrelatedDenials() {
    String denies = "Officials said there was no agreement on the border dispute with Mexico.";
    assertThat(
            Contradictions.score(
                "Officials said there was no agreement on the border dispute with Mexico yet.",
                denies))
        .isZero();
    assertThat(
            Contradictions.score(
                "Officials said there could be an agreement on the border dispute with Mexico.",
                denies))
        .isZero();
    assertThat(Contradictions.score("The storm flooded three towns on the coast of Texas.", denies))
        .isZero();
  }

  @Test
  void aModifierOrARejectedProposalIsNotADenial() {
    assertThat(
            Contradictions.score(
                "U.S. military officials believe Iran has conducted airstrikes in Iraq.",
                "Officials say there is no military coordination with Iran in Iraq."))
        .isZero();
    assertThat(
            Contradictions.score(
                "Shareholders voted against the pay package for the BP chief executive.",
                "BP shareholders rejected a pay package for the chief executive."))
        .isZero();
    assertThat(
            Contradictions.score(
                "The investigation into the bloodstain patterns on the shroud was reported.",
                "The shroud has bloodstain patterns that suggest it is a fake, the investigation"
                    + " found."))
        .isZero();
  }

  @Test
  void overlapIsDiceOfContentWords() {
    assertThat(Contradictions.overlap("Iran holds talks.", "Iran holds talks.")).isEqualTo(1.0);
    assertThat(Contradictions.overlap("Iran holds talks.", "Storms hit Texas.")).isZero();
  }

  @Test
  void theNegatedPredicateMustBeWhatTheOtherStates() {
    assertThat(
            Contradictions.score(
                "Police say the teen pointed a gun at the officers in Brooklyn.",
                "Witnesses said the teen in Brooklyn did not have a gun."))
        .isPositive();
    assertThat(
            Contradictions.score(
                "The suspect knew the store procedures and where the phones were kept.",
                "Detectives said the suspect is not affiliated with the store but knew the"
                    + " procedures."))
        .isZero();
  }

  @Test
  void refusalsAndNonClaimsAreNoConflict() {
    assertThat(
            Contradictions.score(
                "Pitman, 24, will appear at Taunton magistrates court on Tuesday.",
                "Pitman has been denied bail and will appear at Taunton magistrates court."))
        .isZero();
    assertThat(
            Contradictions.score(
                "The blaze at the church was investigated as arson after recent threats.",
                "The chief said he did not know of any recent threats to the church before the"
                    + " blaze."))
        .isZero();
  }

  @Test
  void aSentenceReportingAllegationsDoesNotStateThem() {
    String denies =
        "Weinstein denies allegations including sexual assault and harassment of actresses.";
    assertThat(
            Contradictions.score(
                "Damon addressed the sexual allegations against Weinstein and the actresses.",
                denies))
        .isZero();
    assertThat(
            Contradictions.score(
                "Weinstein committed sexual assault and harassment of actresses, prosecutors say.",
                denies))
        .isPositive();
  }

  @Test
  void aPairConflictsOnlyFromTheLeastOverlapOn() {
    String denies = "His family said the suspect had no gun at the market.";
    String[] padding =
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november"
            .concat(" oscar papa quebec romeo sierra tango")
            .split(" ");
    int below = 0;
    int above = 0;
    for (int n = 0; n <= padding.length; n++) {
      String affirms =
          "Police said the suspect had a gun at the market "
              + String.join(" ", java.util.Arrays.copyOf(padding, n))
              + ".";
      double overlap = Contradictions.overlap(affirms, denies);
      below += overlap < Contradictions.MIN_DICE ? 1 : 0;
      above += overlap >= Contradictions.MIN_DICE ? 1 : 0;
      assertThat(Contradictions.score(affirms, denies) > 0)
          .as("overlap %s", overlap)
          .isEqualTo(overlap >= Contradictions.MIN_DICE);
    }
    assertThat(below).isPositive();
    assertThat(above).isPositive();
  }

  @Test
  void aNegativeImplicativeStatesNothingToDeny() {
    String denies = "The network says it has not verified the authenticity of the recording.";
    assertThat(
            Contradictions.score(
                "The network aired the recording but was unable to verify its authenticity.",
                denies))
        .isZero();
    assertThat(
            Contradictions.score(
                "The network aired the recording and has verified its authenticity.", denies))
        .isPositive();
  }

  @Test
  void aDeniedReportDeniesWhatItSaysNotThatItExists() {
    String denies = "The city said thousands of readers shared the hoax story.";
    assertThat(Contradictions.score("Thousands of readers shared a story on the forums.", denies))
        .isZero();
    assertThat(
            Contradictions.score(
                "The mayor resigned on Monday after the audit, the council said.",
                "The council denied reports that the mayor resigned after the audit."))
        .isPositive();
  }
}
