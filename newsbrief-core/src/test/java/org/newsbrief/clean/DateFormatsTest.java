package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateFormatsTest {
  @Test
  void readsDatesInEightLanguages() {
    LocalDate d = LocalDate.of(2014, 12, 4);
    assertThat(DateFormats.first("Veröffentlicht am 4. Dezember 2014, 10:00")).isEqualTo(d);
    assertThat(DateFormats.first("publié le 4 décembre 2014")).isEqualTo(d);
    assertThat(DateFormats.first("4 de diciembre de 2014")).isEqualTo(d);
    assertThat(DateFormats.first("4 dicembre 2014")).isEqualTo(d);
    assertThat(DateFormats.first("4 de dezembro de 2014")).isEqualTo(d);
    assertThat(DateFormats.first("4 december 2014")).isEqualTo(d);
    assertThat(DateFormats.first("4 grudnia 2014")).isEqualTo(d);
    assertThat(DateFormats.first("December 4th, 2014")).isEqualTo(d);
    assertThat(DateFormats.first("Dec. 4 2014")).isEqualTo(d);
  }

  @Test
  void readsNumericDatesDayFirstUnlessImpossible() {
    assertThat(DateFormats.first("Stand: 4.12.2014")).isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(DateFormats.first("04/12/2014")).isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(DateFormats.first("12/24/2014")).isEqualTo(LocalDate.of(2014, 12, 24));
    assertThat(DateFormats.first("2014-12-04T10:00")).isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(DateFormats.first("2014/12/04")).isEqualTo(LocalDate.of(2014, 12, 4));
  }

  @Test
  void refusesFutureAndImplausibleDatesAndNonDates() {
    LocalDate future = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    assertThat(DateFormats.first(future.toString())).isNull();
    assertThat(DateFormats.first("1 March 1980")).isNull();
    assertThat(DateFormats.first("version 1.2.3")).isNull();
    assertThat(DateFormats.first("31.02.2014")).isNull();
    assertThat(MonthNames.isMonth("June")).isTrue();
    assertThat(MonthNames.isMonth("Jones")).isFalse();
    assertThat(MonthNames.isMonth("Dez.")).isTrue();
    assertThat(MonthNames.isMonth("Sept")).isTrue();
    assertThat(MonthNames.isMonth("Marc")).isFalse();
    assertThat(MonthNames.number("marc")).isEqualTo(3);
  }
}
