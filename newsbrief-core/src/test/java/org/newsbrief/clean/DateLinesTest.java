package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateLinesTest {
  @Test
  void readsStandaloneDateLines() {
    assertThat(DateLines.parse("December 4, 2014").orElseThrow().date())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(DateLines.parse("4 Dec 2014").orElseThrow().date())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(DateLines.parse("Published 2014-12-04").orElseThrow().date())
        .isEqualTo(LocalDate.of(2014, 12, 4));
  }

  @Test
  void readsUpdateStamps() {
    assertThat(DateLines.parse("updated 7:58 PM EST, Thu November 6, 2014").orElseThrow().date())
        .isEqualTo(LocalDate.of(2014, 11, 6));
  }

  @Test
  void readsOutletDatelines() {
    DateLines.DateLine line =
        DateLines.parse("- The Washington Times - Wednesday, December 3, 2014").orElseThrow();
    assertThat(line.date()).isEqualTo(LocalDate.of(2014, 12, 3));
    assertThat(line.outlet()).contains("The Washington Times");
  }

  @Test
  void ignoresDatesInsideSentencesAndImpossibleDates() {
    assertThat(
            DateLines.parse("Pentagon spokesman John Kirby speaks at the Pentagon, June 13, 2014."))
        .isEmpty();
    assertThat(DateLines.parse("The talks began on November 10, 2014 in Muscat.")).isEmpty();
    assertThat(DateLines.parse("February 30, 2014")).isEmpty();
    assertThat(DateLines.parse("meet in Muscat November 10")).isEmpty();
  }

  @Test
  void takesNoDateFromALineWithoutDigits() {
    assertThat(DateLines.parse("Wednesday, December")).isEmpty();
    assertThat(DateLines.parse("- The Washington Times - Wednesday")).isEmpty();
  }
}
