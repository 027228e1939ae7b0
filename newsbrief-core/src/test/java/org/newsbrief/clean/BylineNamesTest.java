package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineNamesTest {
  @Test
  void dropsLabelsAndKeepsEveryCoAuthor() {
    assertThat(BylineNames.of("View all posts by Jane Doe", false)).containsExactly("Jane Doe");
    assertThat(BylineNames.of("Zeige alle Beiträge von Petra Ruland", false))
        .containsExactly("Petra Ruland");
    assertThat(BylineNames.of("Posted by Adi Tzlil", false)).containsExactly("Adi Tzlil");
    assertThat(BylineNames.of("By Ana Lima, Bo Chen and Cy Diaz", false))
        .containsExactly("Ana Lima", "Bo Chen", "Cy Diaz");
    assertThat(BylineNames.of("Publié par Marie Curie | 3 mai 2019", false))
        .containsExactly("Marie Curie");
  }

  @Test
  void refusesWhatIsNotAPerson() {
    assertThat(BylineNames.of("Sponsored content", false)).isEmpty();
    assertThat(BylineNames.of("Reuters", true)).isEmpty();
    assertThat(BylineNames.of("Musterfirma GmbH", true)).isEmpty();
    assertThat(BylineNames.of("June", true)).isEmpty();
    assertThat(BylineNames.of("https://example.com/people/jane", true)).isEmpty();
    assertThat(BylineNames.of("By", false)).isEmpty();
    assertThat(BylineNames.of("Rob Picheta, CNN", true)).containsExactly("Rob Picheta");
    assertThat(BylineNames.of("TOM KRISHER, AP Auto Writer", false)).containsExactly("TOM KRISHER");
  }

  @Test
  void cutsTheWeekdayAndPublishingWordThatFollowTheNames() {
    assertThat(BylineNames.of("Leena Simon Veröffentlicht am 3. Mai", false))
        .containsExactly("Leena Simon");
    assertThat(BylineNames.of("Anna Berg Donnerstag, 3. Mai", false)).containsExactly("Anna Berg");
    assertThat(BylineNames.of("Donnerstag", true)).isEmpty();
    assertThat(BylineNames.of("Datum", true)).isEmpty();
    assertThat(BylineNames.of("Plácido Domingo", false)).containsExactly("Plácido Domingo");
  }

  @Test
  void handlesCountOnlyFromAuthorMarkup() {
    assertThat(BylineNames.of("gizzmo", true)).containsExactly("gizzmo");
    assertThat(BylineNames.of("gizzmo", false)).isEmpty();
  }

  @Test
  void trimmedKeepsOrganisationsStaffLabelsAndHandles() {
    assertThat(BylineNames.trimmed("von Redaktion, ")).isEqualTo("Redaktion");
    assertThat(BylineNames.trimmed("By Staff Writer")).isEqualTo("Staff Writer");
    assertThat(BylineNames.trimmed("r23")).isEqualTo("r23");
    assertThat(BylineNames.trimmed("© Kathrin Führes")).isEqualTo("Kathrin Führes");
    assertThat(BylineNames.trimmed("Eberhard Fuhr (Pressesprecher des EJW)"))
        .isEqualTo("Eberhard Fuhr");
    assertThat(BylineNames.trimmed("Peter Maahn/SP-X")).isEqualTo("Peter Maahn");
    assertThat(BylineNames.trimmed("https://example.com/author/x")).isNull();
    assertThat(BylineNames.trimmed("12.03.2020")).isNull();
    assertThat(BylineNames.isOrganisation("Greenpeace Redaktion")).isTrue();
    assertThat(BylineNames.isOrganisation("Anna Berg")).isFalse();
  }
}
