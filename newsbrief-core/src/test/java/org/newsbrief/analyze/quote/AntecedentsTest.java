package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntecedentsTest {
  private static final String TEXT =
      "Senator Laura Vance said her bill would pass this week.\n"
          + "Mr. Peter Holt said on Monday that he had not read it yet.\n"
          + "“We have waited long enough for this vote to happen,” she said.";

  @Test
  void aRankerWeighingGenderAgreementTakesTheNameWhoseGenderAgrees() {
    double[] w = new double[Antecedents.NAMES.size()];
    w[Antecedents.NAMES.indexOf("gender_agree")] = 1;
    w[Antecedents.NAMES.indexOf("gender_clash")] = -1;
    List<String> names =
        Quotations.ranking(new AntecedentRanker(w)).named(TEXT).stream()
            .map(QuoteSpan::speaker)
            .toList();
    assertThat(names).containsExactly("Laura Vance");
  }

  @Test
  void theAgreeingRulePassesOverANameWhoseGenderClashesOnlyWhenTheClashIsStrongEnough() {
    List<String> any = Quotations.agreeing(0).named(TEXT).stream().map(QuoteSpan::speaker).toList();
    assertThat(any).containsExactly("Laura Vance");
    List<String> none =
        Quotations.agreeing(1).named(TEXT).stream().map(QuoteSpan::speaker).toList();
    assertThat(none).hasSize(1);
    assertThat(none.get(0)).contains("Holt");
  }

  @Test
  void theShippedRankerLoadsAndNamesSomeone() {
    assertThat(Quotations.learned().named(TEXT)).hasSize(1);
  }

  @Test
  void theRuleTakesTheLastNamedSpeaker() {
    List<String> names =
        Quotations.lastNamed().named(TEXT).stream().map(QuoteSpan::speaker).toList();
    assertThat(names).hasSize(1);
    assertThat(names.get(0)).contains("Holt");
  }

  @Test
  void candidatesAreTheEarlierNamedSpeakersMostRecentFirst() {
    List<AntecedentChoice> choices = new Quotations().antecedentChoices(TEXT);
    assertThat(choices).hasSize(1);
    AntecedentChoice c = choices.get(0);
    assertThat(c.pronoun()).isEqualTo("she");
    assertThat(c.candidates()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(c.candidates().get(0)).contains("Holt");
    assertThat(c.rule()).isZero();
    int agree = Antecedents.NAMES.indexOf("gender_agree");
    int clash = Antecedents.NAMES.indexOf("gender_clash");
    assertThat(c.features().get(0)[clash]).isPositive();
    int vance = 0;
    while (!c.candidates().get(vance).contains("Vance")) {
      vance++;
    }
    assertThat(c.features().get(vance)[agree]).isPositive();
  }

  @Test
  void pluralMentions() {
    assertThat(ArticleNames.plural("U.S. officials")).isTrue();
    assertThat(ArticleNames.plural("the United States and Iran")).isTrue();
    assertThat(ArticleNames.plural("Marie Harf")).isFalse();
  }
}
