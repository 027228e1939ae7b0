package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AliasVariantsTest {
  private static Aliases linked(Set<String> names) {
    Aliases aliases = new Aliases();
    names.forEach(aliases::add);
    AliasRules.linkVariants(names, aliases);
    return aliases;
  }

  @Test
  void joinsSpellingVariantsLongNamesCapitalsAndPlaceNames() {
    Aliases a =
        linked(
            Set.of(
                "Islamic State",
                "Islamic-State",
                "Iran",
                "Islamic Republic of Iran",
                "Fars News Agency",
                "FARS",
                "New York Yankees",
                "Yankees",
                "O’Brien",
                "O'Brien"));
    assertThat(a.find("Islamic-State")).isEqualTo(a.find("Islamic State"));
    assertThat(a.find("Islamic Republic of Iran")).isEqualTo(a.find("Iran"));
    assertThat(a.find("FARS")).isEqualTo(a.find("Fars News Agency"));
    assertThat(a.find("Yankees")).isEqualTo(a.find("New York Yankees"));
    assertThat(a.find("O’Brien")).isEqualTo(a.find("O'Brien"));
    assertThat(a.find("Iran")).isNotEqualTo(a.find("Islamic State"));
  }

  @Test
  void leavesAmbiguousOrUnrelatedNamesApart() {
    Aliases a =
        linked(
            Set.of(
                "New York Giants",
                "San Francisco Giants",
                "Giants",
                "FOX",
                "Fox News",
                "Fox Sports Network"));
    assertThat(a.find("Giants")).isNotEqualTo(a.find("New York Giants"));
    assertThat(a.find("Giants")).isNotEqualTo(a.find("San Francisco Giants"));
    assertThat(a.find("FOX")).isNotEqualTo(a.find("Fox News"));
  }
}
