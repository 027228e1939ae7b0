package org.newsbrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.TimeExpression;

class TimeTaggerTest {
  private static final LocalDate THU_2014_12_04 = LocalDate.of(2014, 12, 4);
  private final TimeTagger tagger = new TimeTagger();

  private List<TimeExpression> tag(String text) {
    return tagger.tag(text, THU_2014_12_04);
  }

  @Test
  void resolvesWeekdaysAgainstTheArticleDate() {
    assertThat(tag("The State Department confirmed on Wednesday that talks took place."))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("Wednesday", "DATE", "2014-12-03"));
    assertThat(tag("He will travel next Monday.").get(0).value()).isEqualTo("2014-12-08");
    assertThat(tag("It happened last Thursday.").get(0).value()).isEqualTo("2014-11-27");
  }

  @Test
  void resolvesRelativeExpressions() {
    assertThat(tag("talks in Vienna two weeks ago").get(0).value()).isEqualTo("2014-W47");
    assertThat(tag("In September, Khamenei said no.").get(0).value()).isEqualTo("2014-09");
    assertThat(tag("yesterday").get(0).value()).isEqualTo("2014-12-03");
    assertThat(tag("tonight").get(0).value()).isEqualTo("2014-12-04TNI");
    assertThat(tag("last year").get(0).value()).isEqualTo("2013");
    assertThat(tag("next month").get(0).value()).isEqualTo("2015-01");
    assertThat(tag("this week").get(0).value()).isEqualTo("2014-W49");
    assertThat(tag("ahead of an end-of-November deadline"))
        .extracting(TimeExpression::value)
        .isEmpty();
  }

  @Test
  void readsAbsoluteDatesWithAndWithoutYears() {
    assertThat(tag("Thu November 6, 2014").get(0).value()).isEqualTo("2014-11-06");
    assertThat(tag("on 4 December 2014").get(0).value()).isEqualTo("2014-12-04");
    assertThat(tag("meet in Muscat November 10").get(0).value()).isEqualTo("2014-11-10");
    assertThat(tag("since June 2014").get(0).value()).isEqualTo("2014-06");
    assertThat(tag("in the 1990s").get(0).value()).isEqualTo("199");
    assertThat(tag("in 2013 the talks began").get(0).value()).isEqualTo("2013");
  }

  @Test
  void readsDurationsTimesAndReferences() {
    assertThat(tag("for the past several weeks").get(0))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly("DURATION", "PXW");
    assertThat(tag("a five-year low").get(0).value()).isEqualTo("P5Y");
    assertThat(tag("at 7:58 PM EST").get(0).value()).isEqualTo("2014-12-04T19:58");
    assertThat(tag("Iran is now operating there").get(0).value()).isEqualTo("PRESENT_REF");
    assertThat(tag("every week").get(0))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly("SET", "P1W");
  }

  @Test
  void readsYearComparisonsInEarningsReportsAsQuarters() {
    LocalDate oct1989 = LocalDate.of(1989, 10, 26);
    assertThat(tagger.tag("Third-quarter profit rose 5% from a year earlier.", oct1989))
        .extracting(TimeExpression::value)
        .contains("1988-Q3");
    assertThat(tagger.tag("Net income in the year-earlier quarter was $4 million.", oct1989))
        .extracting(TimeExpression::value)
        .containsExactly("1988-Q3");
    assertThat(tagger.tag("The company was sold a year ago.", oct1989))
        .extracting(TimeExpression::value)
        .containsExactly("1988");
    assertThat(tagger.tag("Third-quarter net rose. Last year it fell 5%.", oct1989))
        .extracting(TimeExpression::value)
        .containsExactly("1989-Q3", "1988");
    assertThat(tagger.tag("Prices are reported daily.", oct1989))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("SET", "P1D"));
  }

  @Test
  void readsClockTimesWithTheDayThatFollowsThem() {
    assertThat(tag("The store was robbed at 10 p.m. Wednesday, police said."))
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("10 p.m. Wednesday", "TIME", "2014-12-03T22:00"));
    assertThat(tag("Talks broke off at noon Thursday.").get(0).value())
        .isEqualTo("2014-12-04T12:00");
    assertThat(tag("The offer was extended until 5 p.m. EST Nov. 9.").get(0).value())
        .isEqualTo("2014-11-09T17:00");
    assertThat(tag("The blast occurred at about 10:35 a.m. local time.").get(0).value())
        .isEqualTo("2014-12-04T10:35");
  }

  @Test
  void writesIsoWeeksWithTwoDigitsAndVagueSpansAsReferences() {
    assertThat(tagger.tag("IRA killings in Belfast last week", LocalDate.of(1998, 2, 16)))
        .extracting(TimeExpression::value)
        .containsExactly("1998-W07");
    assertThat(tag("Markets have fallen in recent weeks.").get(0).value()).isEqualTo("PXW");
    assertThat(tag("The minister recently visited Tehran.").get(0).value()).isEqualTo("PAST_REF");
    assertThat(tag("Growth has slowed in recent years.").get(0).value()).isEqualTo("PAST_REF");
    assertThat(tag("Officials expect a recent report to be revised.")).isEmpty();
  }

  @Test
  void readsYearsBeforeACommaSpokenYearsAndDecades() {
    assertThat(tag("Since 1949, NATO has been expanded to include Greece and Turkey in 1952."))
        .extracting(TimeExpression::value)
        .containsExactly("1949", "1952");
    assertThat(tag("In nineteen ninety-one Charles Keating was convicted.").get(0).value())
        .isEqualTo("1991");
    assertThat(tag("January nineteen ninety-seven. Atlanta again.").get(0).value())
        .isEqualTo("1997-01");
    assertThat(tag("The vitriol of the late 1980s remains.").get(0).value()).isEqualTo("198");
  }

  @Test
  void readsFiscalYearsAndMidMonths() {
    LocalDate oct1989 = LocalDate.of(1989, 10, 31);
    assertThat(tagger.tag("Revenue was $980 million in the year ended March 31.", oct1989))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("the year", "P1Y"), tuple("March 31", "1989-03-31"));
    assertThat(tagger.tag("Merieux has until mid-November to reply.", oct1989))
        .extracting(TimeExpression::value)
        .containsExactly("1989-11");
  }

  @Test
  void doesNotTakeVerbsOrAgesForTimes() {
    assertThat(tag("Officials may meet, but the 44-year-old envoy may not.")).isEmpty();
    assertThat(tag("The coalition has 2,014 members and 1990 percent growth.")).isEmpty();
  }

  @Test
  void leavesRelativeDatesUnresolvedWhenTheArticleDateIsUnknown() {
    List<TimeExpression> found = tagger.tag("The Pentagon said on Monday it would not.", null);
    assertThat(found.get(0).value()).isEqualTo("XXXX-WXX-1");
    assertThat(tagger.tag("December 4, 2014", null).get(0).value()).isEqualTo("2014-12-04");
  }

  @Test
  void reportsSpansIntoTheText() {
    String text = "Kerry spoke on Wednesday in Brussels.";
    TimeExpression t = tag(text).get(0);
    assertThat(text.substring(t.start(), t.end())).isEqualTo("Wednesday");
  }
}
