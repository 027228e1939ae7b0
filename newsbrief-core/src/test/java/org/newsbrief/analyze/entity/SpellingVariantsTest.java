package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  /** Each name in its own sentence, typed {@code type}. */
  private static Aliases linked(String type, String... names) {
    List<NameMention> mentions = new ArrayList<>();
    for (String n : names) {
      mentions.add(new NameMention(n, null, "a", mentions.size(), type));
    }
    return linked(mentions);
  }

  private static Aliases linked(List<NameMention> mentions) {
    Aliases aliases = new Aliases();
    mentions.forEach(m -> aliases.add(m.name()));
    SpellingVariants.link(mentions, aliases);
    return aliases;
  }

  @Test
  void joinsOneMisspeltWordAccentsSpacesAndStops() {
    Aliases a =
        linked(
            "PER",
            "Hugh Hefner",
            "Hugh Heffner",
            "Karolos Papoulias",
            "Carolos Papoulias",
            "Vincent Del Giudice",
            "Vincent DelGiudice",
            "Gurbanguli Berdymukhamedov",
            "Kurbanguly Berdymukhamedov");
    assertThat(a.find("Hugh Heffner")).isEqualTo(a.find("Hugh Hefner"));
    assertThat(a.find("Carolos Papoulias")).isEqualTo(a.find("Karolos Papoulias"));
    assertThat(a.find("Vincent DelGiudice")).isEqualTo(a.find("Vincent Del Giudice"));
    assertThat(a.find("Kurbanguly Berdymukhamedov"))
        .isEqualTo(a.find("Gurbanguli Berdymukhamedov"));
    assertThat(a.find("Hugh Hefner")).isNotEqualTo(a.find("Karolos Papoulias"));
    Aliases b = linked("LOC", "Place Vendôme", "Place Vendome", "U.S.", "U. S.");
    assertThat(b.find("Place Vendome")).isEqualTo(b.find("Place Vendôme"));
    assertThat(b.find("U. S.")).isEqualTo(b.find("U.S."));
    Aliases c = linked("ORG", "Betty Ford Center", "Betty Ford Centre");
    assertThat(c.find("Betty Ford Centre")).isEqualTo(c.find("Betty Ford Center"));
  }

  @Test
  void leavesShortWordsTwoWordsOtherTypesAndSameSentencesApart() {
    Aliases a =
        linked(
            "PER", "Mark Smith", "Mary Smith", "Jon Stewart", "Jan Steward", "Ann Lee", "Anne Lee");
    assertThat(a.find("Mark Smith")).isNotEqualTo(a.find("Mary Smith"));
    assertThat(a.find("Jon Stewart")).isNotEqualTo(a.find("Jan Steward"));
    assertThat(a.find("Ann Lee")).isNotEqualTo(a.find("Anne Lee"));
    List<NameMention> typed = new ArrayList<>();
    typed.add(new NameMention("Hugh Hefner", null, "a", 0, "PER"));
    typed.add(new NameMention("Hugh Heffner", null, "a", 1, "ORG"));
    typed.add(new NameMention("Daniel Ortega", null, "a", 2, "PER"));
    typed.add(new NameMention("Daniela Ortega", null, "a", 2, "PER"));
    Aliases b = linked(typed);
    assertThat(b.find("Hugh Heffner")).isNotEqualTo(b.find("Hugh Hefner"));
    assertThat(b.find("Daniela Ortega")).isNotEqualTo(b.find("Daniel Ortega"));
  }

  @Test
  void countsASwapOfNeighbouringLettersAsOneEdit() {
    assertThat(SpellingVariants.swapDistance("centre", "center")).isEqualTo(1);
    assertThat(SpellingVariants.swapDistance("kougias", "kouyias")).isEqualTo(1);
    assertThat(SpellingVariants.swapDistance("austria", "australia")).isEqualTo(2);
    assertThat(SpellingVariants.fold("Place  Vendôme")).isEqualTo("place vendome");
  }
}
