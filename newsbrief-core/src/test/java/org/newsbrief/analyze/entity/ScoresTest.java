package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void findsScoresWrittenWithOrWithoutSpacesButNotYearsOrDates() {
    assertThat(Scores.in("Eastern Michigan rolled past Northern Illinois, 45-17.")).isTrue();
    assertThat(Scores.in("the Chiefs lost to the Indianapolis Colts, 20 - 13")).isTrue();
    assertThat(Scores.in("the 2012-2013 season")).isFalse();
    assertThat(Scores.in("Posted: 12 / 19 / 2005 2: 48 PM")).isFalse();
  }

  @Test
  void sharesTheNonBlankLinesWithAScore() {
    assertThat(Scores.share("Bruins 5, Devils 1\nThey won 5-1.\n\nNo score here.\n"))
        .isEqualTo(1 / 3.0);
    assertThat(Scores.share("")).isZero();
  }
}
