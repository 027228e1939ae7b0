package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortFirstNamesTest {
  private static Aliases linked(String... names) {
    List<NameMention> mentions = new ArrayList<>();
    for (String n : names) {
      mentions.add(new NameMention(n, null, "a", mentions.size(), "PER"));
    }
    Aliases aliases = new Aliases();
    mentions.forEach(m -> aliases.add(m.name()));
    ShortFirstNames.link(mentions, aliases);
    return aliases;
  }

  @Test
  void joinsAShortFirstNameToTheOnePersonWrittenInFull() {
    Aliases a = linked("Benjamin David Banky", "Ben Banky", "Frederick LaRue", "Fred LaRue");
    assertThat(a.find("Ben Banky")).isEqualTo(a.find("Benjamin David Banky"));
    assertThat(a.find("Fred LaRue")).isEqualTo(a.find("Frederick LaRue"));
    assertThat(a.find("Fred LaRue")).isNotEqualTo(a.find("Ben Banky"));
  }

  @Test
  void leavesOtherFirstNamesAndAmbiguousOnesApart() {
    Aliases a =
        linked(
            "Jerry Ortiz",
            "Jeremy Ortiz",
            "Chris Smith",
            "Christopher Smith",
            "Christina Smith",
            "Al Gore",
            "Albert Gore");
    assertThat(a.find("Jerry Ortiz")).isNotEqualTo(a.find("Jeremy Ortiz"));
    assertThat(a.find("Chris Smith")).isNotEqualTo(a.find("Christopher Smith"));
    assertThat(a.find("Chris Smith")).isNotEqualTo(a.find("Christina Smith"));
    assertThat(a.find("Al Gore")).isNotEqualTo(a.find("Albert Gore"));
  }
}
