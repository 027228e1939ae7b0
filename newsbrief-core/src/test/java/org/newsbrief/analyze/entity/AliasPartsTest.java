package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasPartsTest {
  private static Aliases linked(String... nameAndType) {
    List<NameMention> mentions = new ArrayList<>();
    for (int i = 0; i < nameAndType.length; i += 2) {
      mentions.add(new NameMention(nameAndType[i], null, "a", i, nameAndType[i + 1]));
    }
    Aliases aliases = new Aliases();
    mentions.forEach(m -> aliases.add(m.name()));
    AliasParts.link(mentions, aliases, false);
    return aliases;
  }

  @Test
  void joinsANicknameOrFirstWordToTheOneOrganisationItEndsOrOpens() {
    Aliases a =
        linked(
            "Creighton Bluejays", "ORG",
            "Bluejays", "ORG",
            "Reliance Globalcom", "ORG",
            "Reliance", "ORG");
    assertThat(a.find("Bluejays")).isEqualTo(a.find("Creighton Bluejays"));
    assertThat(a.find("Reliance")).isEqualTo(a.find("Reliance Globalcom"));
    assertThat(a.find("Reliance")).isNotEqualTo(a.find("Bluejays"));
  }

  @Test
  void leavesPlacesPeopleAcronymPrefixesAndAmbiguousPartsApart() {
    Aliases a =
        linked(
            "NBA Draft Advisory Committee", "ORG",
            "NBA", "ORG",
            "Kansas City Chiefs", "ORG",
            "Kansas City", "LOC",
            "Roy Williams Foundation", "ORG",
            "Roy Williams", "PER",
            "North Carolina Tar Heels", "ORG",
            "Duke Tar Heels", "ORG",
            "Tar Heels", "ORG",
            "Bank of America", "ORG",
            "America", "ORG");
    assertThat(a.find("NBA")).isNotEqualTo(a.find("NBA Draft Advisory Committee"));
    assertThat(a.find("Kansas City")).isNotEqualTo(a.find("Kansas City Chiefs"));
    assertThat(a.find("Roy Williams")).isNotEqualTo(a.find("Roy Williams Foundation"));
    assertThat(a.find("Tar Heels")).isNotEqualTo(a.find("North Carolina Tar Heels"));
    assertThat(a.find("Tar Heels")).isNotEqualTo(a.find("Duke Tar Heels"));
    assertThat(a.find("America")).isNotEqualTo(a.find("Bank of America"));
  }

  @Test
  void countsTheLongerNamesOfOneEntityOnce() {
    List<NameMention> mentions = new ArrayList<>();
    for (String[] n :
        new String[][] {
          {"Portland Trail Blazers", "ORG"}, {"Trail Blazers", "ORG"}, {"Blazers", "ORG"}
        }) {
      mentions.add(new NameMention(n[0], null, "a", mentions.size(), n[1]));
    }
    Aliases aliases = new Aliases();
    mentions.forEach(m -> aliases.add(m.name()));
    aliases.union("Portland Trail Blazers", "Trail Blazers");
    AliasParts.link(mentions, aliases, false);
    assertThat(aliases.find("Blazers")).isEqualTo(aliases.find("Portland Trail Blazers"));
  }

  @Test
  void joinsAPlaceToTheOneTeamItOpensOnlyInAStoryWithScores() {
    List<NameMention> mentions =
        List.of(
            new NameMention("Winnipeg Jets", null, "a", 0, "ORG"),
            new NameMention("Winnipeg", null, "a", 1, "LOC"),
            new NameMention("Spain", null, "a", 2, "LOC"),
            new NameMention("Spain Davis Cup Team", null, "a", 3, "ORG"),
            new NameMention("New York", null, "a", 4, "LOC"),
            new NameMention("New York Rangers", null, "a", 5, "ORG"),
            new NameMention("New York Islanders", null, "a", 6, "ORG"));
    for (boolean sporty : new boolean[] {false, true}) {
      Aliases aliases = new Aliases();
      mentions.forEach(m -> aliases.add(m.name()));
      var teams = AliasParts.link(mentions, aliases, sporty);
      assertThat(aliases.find("Winnipeg").equals(aliases.find("Winnipeg Jets"))).isEqualTo(sporty);
      assertThat(teams).isEqualTo(sporty ? java.util.Set.of("Winnipeg") : java.util.Set.of());
      assertThat(aliases.find("Spain")).isNotEqualTo(aliases.find("Spain Davis Cup Team"));
      assertThat(aliases.find("New York")).isNotEqualTo(aliases.find("New York Rangers"));
    }
  }
}
