package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameGenderTest {
  private static final NameGender TABLE =
      new NameGender(Map.of("laura", new int[] {1, 40}, "peter", new int[] {50, 2}));

  @Test
  void genderRunsFromSheToHeAndIsZeroWhenUnknown() {
    assertThat(TABLE.of("Peter")).isGreaterThan(NameSteps.NAME_CLASH);
    assertThat(TABLE.of("Laura")).isLessThan(-NameSteps.NAME_CLASH);
    assertThat(TABLE.of("Morgan")).isZero();
  }

  @Test
  void aWrittenTableReadsBackTheSame() throws IOException {
    StringWriter w = new StringWriter();
    TABLE.write(w);
    NameGender back = NameGender.read(new StringReader(w.toString()));
    assertThat(back.size()).isEqualTo(2);
    assertThat(back.of("laura")).isEqualTo(TABLE.of("laura"));
    assertThatThrownBy(() -> NameGender.read(new StringReader("laura many\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theFirstNameIsTheWordBeforeTheSurnameOrThatOfTheFullName() {
    List<QuoteSpan> mentions = List.of(new QuoteSpan(0, 0, 0, 11, "Laura Vance"));
    assertThat(FirstNames.of("Laura Vance", 50, mentions, TABLE)).isEqualTo("Laura");
    assertThat(FirstNames.of("Vance", 50, mentions, TABLE)).isEqualTo("Laura");
    assertThat(FirstNames.of("Peter J. Holt", 50, mentions, TABLE)).isEqualTo("Peter");
    assertThat(FirstNames.of("Holt", 50, mentions, TABLE)).isEmpty();
    assertThat(FirstNames.of("Peter Morgan Holt", 50, mentions, TABLE)).isEmpty();
    List<QuoteSpan> two = List.of(mentions.get(0), new QuoteSpan(0, 0, 20, 31, "Peter Vance"));
    assertThat(FirstNames.of("Vance", 50, two, TABLE)).isEmpty();
  }

  @Test
  void withTheStepSheSkipsASpeakerWhoseFirstNameIsMale() {
    String text =
        "Laura Vance said her bill would pass this week.\n"
            + "Peter Holt said on Monday that it had not been read yet.\n"
            + "“We have waited long enough for this vote to happen,” she said.";
    Antecedents antecedents = new Antecedents(text, TABLE);
    int holt = text.indexOf("Peter Holt");
    List<QuoteSpan> named =
        List.of(
            new QuoteSpan(0, 0, 0, 11, "Laura Vance"),
            new QuoteSpan(0, 0, holt, holt + 10, "Peter Holt"));
    int at = text.indexOf("she said");
    AntecedentChoice c = antecedents.choice(at - 55, at - 3, "she", at, named, List.of());
    assertThat(c.candidates()).containsExactly("Peter Holt", "Laura Vance");
    assertThat(c.person(1)).isZero();
    assertThat(c.person(1, NameSteps.NAME_CLASH)).isEqualTo(1);
    assertThat(
            new Antecedents(text, new NameGender(Map.of()))
                .choice(at - 55, at - 3, "she", at, named, List.of())
                .person(1, NameSteps.NAME_CLASH))
        .isZero();
  }
}
