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
}
