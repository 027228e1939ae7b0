package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.quote.AntecedentRanker;

class AntecedentGroupsTest {
  @Test
  void droppedNamesTheFeatureIndicesAndRefusesUnknownNames() {
    List<String> names = AntecedentRanker.featureNames();
    assertThat(AntecedentGroups.dropped(" sentence_lead,paragraph_lead "))
        .containsExactly(names.indexOf("sentence_lead"), names.indexOf("paragraph_lead"));
    assertThat(AntecedentGroups.dropped("")).isEmpty();
    assertThatThrownBy(() -> AntecedentGroups.dropped("no_such_feature"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyGroupsWithARightCandidateAreAnswerable() {
    ConditionalLogit.Group right =
        new ConditionalLogit.Group(
            List.of(new double[] {1}, new double[] {0}), new boolean[] {false, true});
    ConditionalLogit.Group none =
        new ConditionalLogit.Group(List.of(new double[] {1}), new boolean[] {false});
    assertThat(AntecedentGroups.answerable(List.of(right, none))).containsExactly(right);
  }
}
