package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

class RepeatedQuotesTest {
  private static Quote quote(String text, String speaker, String entity, String article) {
    return new Quote(text, true, new Speaker(entity, speaker, null), article, 0);
  }

  @Test
  void listsARepeatedQuotationOnceWithAllItsSources() {
    List<Quote> merged =
        RepeatedQuotes.merged(
            List.of(
                quote("We rely on the Iraqi Government to de-conflict.", "he", null, "a1"),
                quote("We will not coordinate militarily with Iran.", "Harf", "e2", "a1"),
                quote("we rely on the Iraqi government to de-conflict", "Kerry", "e1", "a2"),
                quote("We rely on the Iraqi Government to de-conflict", "Kerry", "e1", "a3")));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).sources()).containsExactly("a1", "a2", "a3");
    assertThat(merged.get(0).speaker().name()).isEqualTo("Kerry");
    assertThat(merged.get(1).sources()).containsExactly("a1");
  }

  @Test
  void foldsAShorterQuotationHeldInALongerOneOnlyWhenItIsLongEnough() {
    List<Quote> merged =
        RepeatedQuotes.merged(
            List.of(
                quote(
                    "This is a serious struggle against terrorism in the region.", "A", null, "a"),
                quote("a serious struggle against terrorism in the", "A", null, "b"),
                quote("against terrorism", "A", null, "c")));
    assertThat(merged).extracting(q -> q.sources().size()).containsExactly(2, 1);
  }

  @Test
  void foldsOneQuotationTranscribedWithOtherSpellingsAndContractions() {
    List<Quote> merged =
        RepeatedQuotes.merged(
            List.of(
                quote("I am greatly honoured to be part of such a bold mission.", "Lee", null, "a"),
                quote(
                    "I'm certainly greatly honored to be part of such a bold mission.",
                    "Lee",
                    "e",
                    "b"),
                quote("You say it is not a shakeup but you guys are down.", "Kim", null, "a"),
                quote("You say it's not a shake-up, but you guys are down", "Kim", null, "c"),
                quote("We are not going to be part of such a plan at all.", "Ray", null, "d"),
                quote("repeated the same demand for talks with Iran", "Ray", null, "e"),
                quote(
                    "The same envoy had repeated the same demand, asking for new talks with Iran"
                        + " within a month, and we said no to him and his country.",
                    "Ray",
                    null,
                    "f")));
    assertThat(merged).extracting(q -> q.sources().size()).containsExactly(2, 2, 1, 1, 1);
    assertThat(merged.get(0).speaker().entity()).isEqualTo("e");
  }
}
