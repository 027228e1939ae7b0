package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSpeakersTest {
  @Test
  void trailingAdverbsAndAuxiliariesLeaveTheSpeakerPhrase() {
    assertThat(SpeakerNames.withoutTrailingAdverbs("He then")).isEqualTo("He");
    assertThat(SpeakerNames.withoutTrailingAdverbs("The Republican nominee also"))
        .isEqualTo("The Republican nominee");
    assertThat(SpeakerNames.withoutTrailingAdverbs("Trump was")).isEqualTo("Trump");
    assertThat(SpeakerNames.withoutTrailingAdverbs("the family")).isEqualTo("the family");
    assertThat(SpeakerNames.withoutTrailingAdverbs("Kelly")).isEqualTo("Kelly");
  }

  @Test
  void phrasesOpenedByAWordThatIsNoNameAreNotPeople() {
    assertThat(SpeakerNames.personLike("Following")).isFalse();
    assertThat(SpeakerNames.personLike("Earlier this year")).isFalse();
    assertThat(SpeakerNames.personLike("When you")).isFalse();
    assertThat(SpeakerNames.personLike("Marie Harf")).isTrue();
    assertThat(SpeakerNames.personLike("the judge")).isTrue();
  }

  @Test
  void heTakesTheLastPersonNotASubjectInsideAQuotation() {
    String text =
        "Mayor Anna Berg said the bridge plan would fail.\n"
            + "“Everybody is laughing at the plan,” she said.";
    List<String> all = new Quotations().named(text).stream().map(QuoteSpan::speaker).toList();
    assertThat(all).containsExactly("Anna Berg");
    List<QuoteSpan> found = new QuoteFinder().find(text);
    List<String> named =
        NamedSpeakers.of(text, found, EnumSet.allOf(NameSteps.class)).stream()
            .map(QuoteSpan::speaker)
            .toList();
    assertThat(named).doesNotContain("Everybody");
    List<String> before =
        NamedSpeakers.of(text, found, EnumSet.noneOf(NameSteps.class)).stream()
            .map(QuoteSpan::speaker)
            .toList();
    assertThat(before).contains("Everybody");
  }
}
