package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadabilityTest {
  @Test
  void openingPronounsAndConnectivesNeedAnAntecedent() {
    assertThat(Readability.needsAntecedent("He said the talks would resume.")).isTrue();
    assertThat(Readability.needsAntecedent("but the ministry denied it.")).isTrue();
    assertThat(Readability.needsAntecedent("\"They lied,\" she said.")).isTrue();
    assertThat(Readability.needsAntecedent("Here is what we know.")).isTrue();
    assertThat(Readability.needsAntecedent("Meanwhile, the talks went on.")).isTrue();
    assertThat(Readability.needsAntecedent("Hezbollah denied the report.")).isFalse();
    assertThat(Readability.needsAntecedent("Herat was quiet.")).isFalse();
    // a quotation with no speaker, glued to the next sentence
    assertThat(Readability.needsAntecedent("\"we are watching. \" the army was put on alert."))
        .isTrue();
    assertThat(Readability.needsAntecedent("\"we are watching. \" the general said on monday."))
        .isFalse();
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
  void wholeSentencesAreNotCutGluedTeasersOrCaptions() {
    assertThat(Readability.notWhole("Voters backed former mayor vincent c.", "")).isTrue();
    assertThat(Readability.notWhole("Gray won the primary.", "Voters backed vincent c.")).isTrue();
    assertThat(Readability.notWhole("The bill passed, said sen.", "")).isTrue();
    assertThat(Readability.notWhole("Troops left the u.s. at 5 p.m.", "")).isFalse();
    assertThat(Readability.notWhole("The death of an endangered whale...", "")).isTrue();
    assertThat(Readability.notWhole("In this photo taken on nov. 29, whales swim.", "")).isTrue();
    assertThat(Readability.notWhole("The whales swim north in winter.", "")).isFalse();
  }

  @Test
  void putsBackTheSpaceOfTwoGluedSentences() {
    assertThat(Readability.spaced("\"I won,\" he said.the crowd cheered.gray left."))
        .isEqualTo("\"I won,\" he said. The crowd cheered. Gray left.");
    assertThat(Readability.spaced("More is at cbsnews.com and pic.twitter.com today."))
        .isEqualTo("More is at cbsnews.com and pic.twitter.com today.");
  }

  @Test
  void capitalisesASentenceGluedAfterAClosingQuote() {
    String attributed = "He said: \"we are watching. \" the army agreed.";
    assertThat(Readability.spaced(attributed))
        .isEqualTo("He said: \"we are watching. \" The army agreed.");
    String spoken = "\"we are watching. \" the general said on monday.";
    assertThat(Readability.spaced(spoken)).isEqualTo(spoken);
  }

  @Test
  void capitalisesTheFirstLetterOnly() {
    assertThat(Readability.capitalised("the senate voted.")).isEqualTo("The senate voted.");
    assertThat(Readability.capitalised("NASA said.")).isEqualTo("NASA said.");
    assertThat(Readability.capitalised("")).isEmpty();
  }
}
