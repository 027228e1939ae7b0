package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
  @Test
  void aSpanIsCutAtBracketsAndABracketAloneIsNoName() {
    List<String> words = List.of("the", "Levant", "(", "ISIL", ")", "and", "(", ")");
    List<NerSpan> spans = List.of(new NerSpan(1, 5, "ORG"), new NerSpan(6, 8, "ORG"));
    assertThat(ModelNames.unbracketed(spans, words))
        .containsExactly(new NerSpan(1, 2, "ORG"), new NerSpan(3, 4, "ORG"));
  }

  @Test
  void aSpanWithoutBracketsStaysWhole() {
    List<String> words = List.of("New", "York", "Times");
    List<NerSpan> spans = List.of(new NerSpan(0, 3, "ORG"));
    assertThat(ModelNames.unbracketed(spans, words)).isEqualTo(spans);
  }

  @Test
  void aSentencesFullStopOrAQuoteMarkIsNoPartOfAName() {
    List<String> words = List.of("the", "Islamic", "State", ".", "\"", "Acme", "Inc.", "\"");
    List<NerSpan> spans = List.of(new NerSpan(1, 4, "ORG"), new NerSpan(4, 8, "ORG"));
    assertThat(ModelNames.unbracketed(spans, words))
        .containsExactly(new NerSpan(1, 3, "ORG"), new NerSpan(5, 7, "ORG"));
  }
}
