package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSubjectTest {
  private static String subject(String before) {
    int[] span = SentenceSubject.of(before);
    return span == null ? "" : before.substring(span[0], span[1]);
  }

  @Test
  void takesTheNounPhraseBeforeTheFirstVerb() {
    assertThat(subject("The Republican presidential nominee has repeatedly wondered if he is "))
        .isEqualTo("The Republican presidential nominee");
    assertThat(subject("Only 52 percent of registered voters agreed that Clinton is in "))
        .isEqualTo("52 percent");
    assertThat(subject("Japan branded North Korea an ")).isEqualTo("Japan");
  }

  @Test
  void skipsOpeningAdverbialsAndKeepsAppositivesOut() {
    assertThat(subject("Several weeks ago, Donald Trump stated that Melania would discuss it "))
        .isEqualTo("Donald Trump");
    assertThat(subject("Kerr Putney, the police chief, said the footage did not give "))
        .isEqualTo("Kerr Putney");
    assertThat(subject("Twenty-two years ago, a Times article hailed Trump as "))
        .isEqualTo("a Times article");
  }

  @Test
  void needsAVerbBetweenTheSubjectAndTheQuote() {
    assertThat(subject("The word ")).isEmpty();
    assertThat(subject("In the morning, ")).isEmpty();
  }

  @Test
  void aDescribedSubjectIsNotASpeaker() {
    assertThat(subject("The setting of the nuclear talks is ")).isEmpty();
    assertThat(subject("Iran talks with the Americans ")).isEqualTo("Iran");
  }
}
