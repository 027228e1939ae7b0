package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntecedentChoiceTest {
  private static final int AGREE = Antecedents.NAMES.indexOf("gender_agree");

  private static double[] row(double agree) {
    double[] x = new double[Antecedents.NAMES.size()];
    x[AGREE] = agree;
    return x;
  }

  private static AntecedentRanker agreeing() {
    double[] w = new double[Antecedents.NAMES.size()];
    w[AGREE] = 1;
    return new AntecedentRanker(w);
  }

  @Test
  void theRankerPicksWhoAmongPersonLikeNamesWhereTheRuleNamesSomeone() {
    AntecedentChoice c =
        new AntecedentChoice(
            0,
            10,
            "she",
            List.of("Following", "Peter Holt", "Laura Vance"),
            List.of(row(2), row(0), row(1)),
            0);
    assertThat(c.person()).isEqualTo(1);
    assertThat(agreeing().best(c.features())).isZero();
    assertThat(c.ranked(agreeing(), 1)).isEqualTo(2);
  }

  @Test
  void whereTheRuleNamesNoOneTheRankerIsNotAsked() {
    AntecedentChoice c =
        new AntecedentChoice(0, 10, "she", List.of("Following"), List.of(row(1)), 0);
    assertThat(agreeing().best(c.features())).isZero();
    assertThat(c.ranked(agreeing(), 1)).isEqualTo(-1);
  }

  @Test
  void aResolverWithRankedAntecedentsNamesTheNameTheRankerPrefers() {
    String text =
        "Senator Laura Vance said her bill would pass this week.\n"
            + "Mr. Peter Holt said on Monday that he had not read it yet.\n"
            + "“We have waited long enough for this vote to happen,” she said.";
    double[] w = new double[Antecedents.NAMES.size()];
    w[AGREE] = 1;
    w[Antecedents.NAMES.indexOf("gender_clash")] = -1;
    List<String> names =
        Quotations.lastNamed().withRankedAntecedents(new AntecedentRanker(w)).named(text).stream()
            .map(QuoteSpan::speaker)
            .toList();
    assertThat(names).containsExactly("Laura Vance");
    assertThat(Quotations.lastNamed().named(text).get(0).speaker()).contains("Holt");
  }
}
