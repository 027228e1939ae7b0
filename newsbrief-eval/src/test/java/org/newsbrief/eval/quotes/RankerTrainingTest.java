package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.SpeakerRanker;

class RankerTrainingTest {
  private static final String TEXT =
      "The minister spoke to reporters.\n“We will not coordinate with them,” Harf said, as Kerry"
          + " listened. “It is not appropriate,” Psaki added, while Earnest nodded.";

  private static List<RankingExample> examples() {
    List<Attribution> gold =
        List.of(
            new Attribution(List.of(span("We will not")), List.of(span("Harf")), true),
            new Attribution(List.of(span("It is not")), List.of(span("Psaki")), true));
    return RankingExample.of(TEXT, gold, QuoteFinder.rules().choices(TEXT), false);
  }

  private static int[] span(String part) {
    int at = TEXT.indexOf(part);
    return new int[] {at, at + part.length()};
  }

  @Test
  void readsTheFeaturesToLeaveOutAndRefusesUnknownOnes() {
    assertThat(RankerTraining.dropped(Map.of())).isEmpty();
    assertThat(RankerTraining.dropped(Map.of("drop", "verb_follows, log_gap")))
        .containsExactly("log_gap", "verb_follows");
    assertThatThrownBy(() -> RankerTraining.dropped(Map.of("drop", "no_such_feature")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDroppedFeatureKeepsWeightZeroWhileTheOthersAreFitted() {
    int verb = SpeakerRanker.featureNames().indexOf("verb_follows");
    double[] all = RankerTraining.fit(examples(), 0.1, true);
    double[] without = RankerTraining.fit(examples(), 0.1, true, Set.of("verb_follows"));
    assertThat(all[verb]).isNotZero();
    assertThat(without[verb]).isZero();
    assertThat(without).isNotEqualTo(new double[without.length]);
  }
}
