package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullNamesTest {
  private static final String TEXT =
      "“We will build the bridge by spring,” Mayor Anna Berg said on Monday.\n"
          + "Her brother, Tom Berg, said at a later meeting: “The bridge is a waste of money.”\n"
          + "“Nobody asked the people who live here,” Berg said.";

  @Test
  void aBareSurnameTakesTheFullNameNamedLastBeforeIt() {
    List<String> names = new Quotations().named(TEXT).stream().map(QuoteSpan::speaker).toList();
    assertThat(names).containsExactly("Anna Berg", "Tom Berg", "Tom Berg");
  }

  @Test
  void theSurnameGroupingMergesBothPeople() {
    List<String> names =
        Quotations.bySurname().named(TEXT).stream().map(QuoteSpan::speaker).distinct().toList();
    assertThat(names).hasSize(1);
  }

  @Test
  void tellsFullNamesFromSurnames() {
    assertThat(FullNames.isFull(SpeakerNames.of("Mayor Anna Berg"))).isTrue();
    assertThat(FullNames.isSurname(SpeakerNames.of("Berg"))).isTrue();
    assertThat(FullNames.isSurname(SpeakerNames.of("FARS"))).isFalse();
    assertThat(FullNames.isSurname(SpeakerNames.of("she"))).isFalse();
  }
}
