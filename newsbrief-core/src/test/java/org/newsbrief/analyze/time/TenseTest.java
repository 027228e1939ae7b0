package org.newsbrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.TimeExpression;

class TenseTest {
  private static final LocalDate THU_2014_12_04 = LocalDate.of(2014, 12, 4);
  private static final LocalDate MON_1989_10_30 = LocalDate.of(1989, 10, 30);
  private final TimeTagger tagger = new TimeTagger();

  private List<String> values(String text, LocalDate anchor) {
    return tagger.tag(text, anchor).stream().map(TimeExpression::value).toList();
  }

  @Test
  void readsTheClauseBeforeAnExpression() {
    assertThat(Tense.before("The talks are scheduled to resume ", 34)).isEqualTo(Tense.FUTURE);
    assertThat(Tense.before("The fiscal year ended ", 22)).isEqualTo(Tense.PAST);
    assertThat(Tense.before("Kerry met Zarif on ", 19)).isEqualTo(Tense.UNMARKED);
    assertThat(Tense.before("Iran will not budge, officials said ", 36)).isEqualTo(Tense.UNMARKED);
    assertThat(Tense.before("It will rain. Kerry met Zarif on ", 33)).isEqualTo(Tense.UNMARKED);
  }

  @Test
  void weekdaysAheadOfTheArticleWhenTheVerbLooksAhead() {
    assertThat(values("The talks are scheduled to resume Monday in Geneva.", THU_2014_12_04))
        .containsExactly("2014-12-08");
    assertThat(values("Protesters planned a large demonstration on Saturday.", THU_2014_12_04))
        .containsExactly("2014-12-06");
    assertThat(values("Kerry met Zarif on Monday.", THU_2014_12_04)).containsExactly("2014-12-01");
    assertThat(values("Iran will not budge, officials said Tuesday.", THU_2014_12_04))
        .containsExactly("2014-12-02");
  }

  @Test
  void monthsWithoutAYearLookBackFurtherThanAhead() {
    assertThat(values("The chief executive stepped down in March.", MON_1989_10_30))
        .containsExactly("1989-03");
    assertThat(values("The merger is expected to close in January.", MON_1989_10_30))
        .containsExactly("1990-01");
    assertThat(values("Sales rose 5% in the half that ended March 31.", MON_1989_10_30))
        .containsExactly("1989-03-31");
    assertThat(values("The dividend is payable Jan. 2 to holders.", MON_1989_10_30))
        .containsExactly("1990-01-02");
    assertThat(values("The new labor pact takes effect June 1.", MON_1989_10_30))
        .containsExactly("1989-06-01");
    assertThat(values("The company's new labor pact effective June 1.", MON_1989_10_30))
        .containsExactly("1990-06-01");
  }

  @Test
  void theWeekendIsTheOneJustPastUnlessItLooksAhead() {
    LocalDate mon = LocalDate.of(1990, 8, 13);
    assertThat(values("The Saudi ambassador said over the weekend that", mon))
        .containsExactly("1990-W32-WE");
    assertThat(values("Ministers will meet over the weekend.", mon)).containsExactly("1990-W33-WE");
  }
}
