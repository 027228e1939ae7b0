package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DateTextScanTest {
  private static final String[] PIECES = {
    "March", "marc", "Dez.", "grudnia", "Sept", "4", "12", "04", "2014", "1999", "20141", "19",
    "2031", " ", "  ", "\n", ".", ",", "-", "/", "de", "th", "Octobre", "by", "Ann", "x", "é", "👍"
  };

  @Test
  void theFirstDateIsTheFirstOfAllDatesWhateverTheText() {
    Random random = new Random(19);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int k = 0; k < n; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      List<DateFormats.Found> all = DateFormats.findAll(s);
      LocalDate expected = all.isEmpty() ? null : all.get(0).date();
      assertThat(DateFormats.first(s)).as("seed 19, text '%s'", s).isEqualTo(expected);
    }
  }

  @Test
  void findsAStandaloneYearAndWhereAMonthNameCanStart() {
    assertThat(DateTextScan.hasYear("on 4 May 2014.")).isTrue();
    assertThat(DateTextScan.hasYear("code 120145 and 19")).isFalse();
    assertThat(DateTextScan.nameDayFrom("no dates, here: 2014")).isEqualTo(-1);
    assertThat(DateTextScan.nameDayFrom("Posted Dec. 4, 2014")).isEqualTo(7);
    assertThat(DateTextScan.nameDayFrom("a verylongwordbeforeamonthname 4")).isEqualTo(6);
  }

  @Test
  void tellsSurelyLongTextsWithoutReadingThemWhole() {
    Element div = Jsoup.parse("<div><p>abc def</p><p>\u00A0gh\u200B</p></div>").body().child(0);
    assertThat(div.text().length()).isGreaterThan(7);
    assertThat(ElementTexts.longerThan(div, 7)).isTrue();
    assertThat(ElementTexts.longerThan(div, 8)).isFalse();
    assertThat(ElementTexts.longerThan(div, 12)).isFalse();
  }
}
