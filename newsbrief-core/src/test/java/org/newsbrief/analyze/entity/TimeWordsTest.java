package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeWordsTest {
  @Test
  void monthsWeekdaysZonesAndClockWordsAreNoNames() {
    assertThat(TimeWords.is("Oct")).isTrue();
    assertThat(TimeWords.is("Oct.")).isTrue();
    assertThat(TimeWords.is("January")).isTrue();
    assertThat(TimeWords.is("Wednesday")).isTrue();
    assertThat(TimeWords.is("GMT")).isTrue();
    assertThat(TimeWords.is("PM")).isTrue();
  }

  @Test
  void namesThatHoldSuchWordsOrShareThemStayNames() {
    assertThat(TimeWords.is("May")).isFalse();
    assertThat(TimeWords.is("Sun")).isFalse();
    assertThat(TimeWords.is("Jan Mueller")).isFalse();
    assertThat(TimeWords.is("Octavia")).isFalse();
    assertThat(TimeWords.is("Greenwich")).isFalse();
  }

  @Test
  void aDateGluedToTheEndOfANameComesOff() {
    java.util.List<NameMention> found =
        TimeWords.drop(
            java.util.List.of(
                new NameMention("Chicago Bears Thursday", null, "a", 0, "ORG"),
                new NameMention("DeShawn Wynn on Monday", null, "a", 1, "PER"),
                new NameMention("Fredric March", null, "a", 2, "PER"),
                new NameMention("Kraft Plant October", null, "a", 3, "ORG"),
                new NameMention("Friday", null, "a", 4, "PER")));
    assertThat(found)
        .extracting(NameMention::name)
        .containsExactly("Chicago Bears", "DeShawn Wynn", "Fredric March", "Kraft Plant");
  }
}
