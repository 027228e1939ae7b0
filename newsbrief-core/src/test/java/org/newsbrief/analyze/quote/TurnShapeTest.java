package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurnShapeTest {
  private static final String DIALOGUE =
      "“We will win this race,” Smith said. “No, you will not,” Jones replied. “We will see"
          + " about that,” came the answer from the stage where Smith and Jones stood.";

  @Test
  void marksACapitalisedWordTheArticleAlsoWritesInLowerCase() {
    String text = "More voters came. “We will win this race,” Smith said, as more arrived.";
    QuoteChoice choice = QuoteFinder.rules().choices(text).get(0);
    assertThat(feature(choice, "More", "common_word")).isEqualTo(1);
    assertThat(feature(choice, "Smith", "common_word")).isZero();
  }

  @Test
  void marksTheCommonShareOfAName() {
    String text = "“We will win this race,” White House officials said of the white house.";
    QuoteChoice choice = QuoteFinder.rules().choices(text).get(0);
    assertThat(feature(choice, "White House", "common_share")).isEqualTo(1);
    String other = "“We will win this race,” White House officials said.";
    QuoteChoice plain = QuoteFinder.rules().choices(other).get(0);
    assertThat(feature(plain, "White House", "common_share")).isZero();
  }

  @Test
  void marksTheSpeakerOfTheNeighbouringTurns() {
    List<QuoteChoice> choices = QuoteFinder.rules().choices(DIALOGUE);
    QuoteChoice second = choices.get(1);
    assertThat(feature(second, "Smith", "claimed_by_other")).isEqualTo(1);
    assertThat(feature(second, "Jones", "claimed_by_other")).isZero();
    assertThat(feature(second, "Smith", "spoke_previous")).isEqualTo(1);
    assertThat(feature(second, "Jones", "spoke_previous")).isZero();
    QuoteChoice first = choices.get(0);
    assertThat(feature(first, "Jones", "speaks_next")).isEqualTo(1);
    assertThat(feature(first, "Smith", "speaks_next")).isZero();
  }

  @Test
  void countsTheQuotationsSinceACandidateLastSpoke() {
    QuoteChoice third = QuoteFinder.rules().choices(DIALOGUE).get(2);
    int smith = index(third, "Smith", 1);
    int jones = index(third, "Jones", 1);
    int twoBack = SpeakerRanker.featureNames().indexOf("spoke_two_back");
    int since = SpeakerRanker.featureNames().indexOf("quotes_since_spoke");
    assertThat(third.features().get(smith)[twoBack]).isEqualTo(1);
    assertThat(third.features().get(jones)[twoBack]).isZero();
    assertThat(third.features().get(smith)[since]).isEqualTo(Math.log1p(1) / 2);
    assertThat(third.features().get(jones)[since]).isZero();
  }

  @Test
  void marksTheAddresseeOfASpeechVerb() {
    String text = "Kerry told Lavrov on Monday: “We will not coordinate with you.”";
    QuoteChoice choice = QuoteFinder.rules().choices(text).get(0);
    assertThat(feature(choice, "Lavrov", "addressee")).isEqualTo(1);
    assertThat(feature(choice, "Kerry", "addressee")).isZero();
    String to = "Kerry said to Lavrov: “We will not coordinate with you.”";
    assertThat(feature(QuoteFinder.rules().choices(to).get(0), "Lavrov", "addressee"))
        .isEqualTo(1);
  }

  private static double feature(QuoteChoice choice, String word, String name) {
    return choice.features().get(index(choice, word, 0))[
        SpeakerRanker.featureNames().indexOf(name)];
  }

  /** The {@code nth} candidate (0 = first) whose text is {@code word}. */
  private static int index(QuoteChoice choice, String word, int nth) {
    int seen = 0;
    for (int i = 0; i < choice.candidates().size(); i++) {
      if (choice.candidates().get(i).text().equals(word) && seen++ == nth) {
        return i;
      }
    }
    throw new AssertionError("no candidate " + word + " in " + choice.candidates());
  }
}
