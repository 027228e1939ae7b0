package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegationsTest {
  /** The content-word keys a negation governs in {@code sentence}. */
  private static List<String> negated(String sentence) {
    List<String> tokens = ClaimWords.tokens(sentence);
    boolean[] scope = Negations.scope(tokens);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String key = ClaimWords.key(tokens.get(i));
      if (scope[i] && !key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void noGovernsTheNounHeadAndNotTheFirstWords() {
    assertThat(negated("There is no military coordination with Iran.")).containsExactly("cooperat");
    assertThat(negated("Iran will never partner with the coalition forces."))
        .containsExactly("partner", "coalit");
  }

  @Test
  void nobodyNegatesLikeNoOne() {
    assertThat(negated("Nobody was injured in the fire.")).contains(ClaimWords.key("injured"));
    assertThat(negated("No one was injured in the fire.")).contains(ClaimWords.key("injured"));
  }

  @Test
  void denialsGovernAReportedClaimOrTheirObject() {
    assertThat(negated("Iran denies that it launched airstrikes in coordination, he said."))
        .containsExactly("launch", "attack", "cooperat");
    assertThat(negated("The ministry rejected reports that fighters had Ebola."))
        .containsExactly("fighter", "ebola");
    assertThat(negated("Shareholders rejected a pay package.")).isEmpty();
  }

  @Test
  void falsityGovernsWhatItIsSaidOf() {
    assertThat(negated("The news about Iran's cooperation with them is not true."))
        .containsExactly("new", "iran", "cooperat", "tru");
    assertThat(negated("He gave false testimony at the trial.")).isEmpty();
  }

  @Test
  void fixedPhrasesDoNotNegate() {
    assertThat(negated("It is no secret the United States has had discussions with Iran."))
        .isEmpty();
    assertThat(negated("It is not without precedent that we talk with Iran.")).isEmpty();
  }

  @Test
  void explicitDenials() {
    assertThat(Negations.explicit(ClaimWords.tokens("Iran denied the report."))).isTrue();
    assertThat(Negations.explicit(ClaimWords.tokens("There is no coordination."))).isFalse();
  }

  @Test
  void negationsOfKnowingSayingOrDelayingDenyNothing() {
    assertThat(negated("The chief did not know of any recent threats to the church.")).isEmpty();
    assertThat(negated("Police did not immediately respond to requests for comment.")).isEmpty();
    assertThat(negated("The rep wouldn't reveal why she entered rehab.")).isEmpty();
    assertThat(negated("His partner did not meet Felt until earlier this year.")).isEmpty();
    assertThat(negated("The teen did not have a gun.")).containsExactly("gun");
  }

  @Test
  void splitContractionsOfEcbTextAreNegations() {
    assertThat(negated("King said he didn ’ t have a gun in his hands.")).contains("gun");
    assertThat(negated("Officers can ' t confirm the shooting.")).contains("confirm");
  }

  @Test
  void theFirstNegatedWordIsTheHead() {
    List<String> tokens = ClaimWords.tokens("He was not affiliated with the store.");
    byte[] marks = Negations.marks(tokens);
    assertThat(marks[tokens.indexOf("affiliated")] & Negations.HEAD).isNotZero();
    assertThat(marks[tokens.indexOf("store")] & Negations.HEAD).isZero();
    assertThat(marks[tokens.indexOf("store")] & Negations.NEGATED).isNotZero();
    List<String> no = ClaimWords.tokens("There is no military coordination.");
    assertThat(Negations.marks(no)[no.indexOf("coordination")] & Negations.HEAD).isNotZero();
  }
}
