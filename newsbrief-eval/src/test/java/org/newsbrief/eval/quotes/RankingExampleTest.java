package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.SpeakerCandidate;

class RankingExampleTest {
  private static final String TEXT =
      "The senator spoke on Monday.\n“We will not stage protests on the floor,” Sanders said,"
          + " according to CNN. He left early.";

  private static int[] span(String part) {
    int at = TEXT.indexOf(part);
    return new int[] {at, at + part.length()};
  }

  private static List<RankingExample> examples(boolean layered, int[] content) {
    Attribution gold = new Attribution(List.of(content), List.of(span("CNN")), true);
    return RankingExample.of(TEXT, List.of(gold), QuoteFinder.rules().choices(TEXT), layered);
  }

  private static String label(RankingExample x) {
    List<SpeakerCandidate> c = x.choice().candidates();
    StringBuilder right = new StringBuilder();
    for (int i = 0; i < c.size(); i++) {
      if (x.correct(i)) {
        right.append(c.get(i).text()).append('|');
      }
    }
    return right.toString();
  }

  @Test
  void aContentHoldingTheInnerAttributionIsLabelledWithItsSpeaker() {
    int[] content = span("“We will not stage protests on the floor,” Sanders said");
    RankingExample x = examples(true, content).get(0);
    assertThat(x.isLayered()).isTrue();
    assertThat(label(x)).isEqualTo("Sanders|");
    assertThat(label(examples(false, content).get(0))).contains("CNN").doesNotContain("Sanders");
  }

  @Test
  void aContentWithoutAnInnerSpeakerKeepsTheSource() {
    RankingExample x = examples(true, span("“We will not stage protests on the floor,”")).get(0);
    assertThat(x.isLayered()).isFalse();
    assertThat(label(x)).contains("CNN").doesNotContain("Sanders");
  }
}
