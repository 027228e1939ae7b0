package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadabilityTest {
  @Test
  void openingPronounsAndConnectivesNeedAnAntecedent() {
    assertThat(Readability.needsAntecedent("He said the talks would resume.")).isTrue();
    assertThat(Readability.needsAntecedent("but the ministry denied it.")).isTrue();
    assertThat(Readability.needsAntecedent("\"They lied,\" she said.")).isTrue();
    assertThat(Readability.needsAntecedent("Hezbollah denied the report.")).isFalse();
    assertThat(Readability.needsAntecedent("Theresa May spoke on Monday.")).isFalse();
  }

  @Test
  void fragmentsAreUnbalancedQuotesLowerCaseStartsAndGluedCaptions() {
    assertThat(Readability.fragment("it was over, \" he said.", "it was over, \" he said."))
        .isTrue();
    assertThat(Readability.fragment("and then they left.", "and then they left.")).isTrue();
    // lower case after a cut dateline is the rest of a sentence, not a fragment
    assertThat(Readability.fragment("Washington ( ap ) — the senate voted.", "the senate voted."))
        .isFalse();
    assertThat(
            Readability.fragment(
                "Image copyright reuters image caption the storm hit.",
                "Image copyright reuters image caption the storm hit."))
        .isTrue();
    assertThat(Readability.fragment("\"We won,\" she said.", "\"We won,\" she said.")).isFalse();
    assertThat(Readability.fragment("The talks ended in the", "The talks ended in the")).isTrue();
    assertThat(Readability.fragment("Did it end?", "Did it end?")).isFalse();
  }

  @Test
  void capitalisesTheFirstLetterOnly() {
    assertThat(Readability.capitalised("the senate voted.")).isEqualTo("The senate voted.");
    assertThat(Readability.capitalised("NASA said.")).isEqualTo("NASA said.");
    assertThat(Readability.capitalised("")).isEmpty();
  }
}
