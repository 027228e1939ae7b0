package org.newsbrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.TimelineEvent;

class TimelineTest {
  private static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
    return new Analyzer().analyze(new Article(id, id, id, null, date, List.of(paragraphs)));
  }

  @Test
  void ordersDatedEventsAndMergesTheSameSentence() {
    String shared = "Kerry met Zarif in Vienna on Monday.";
    List<TimelineEvent> timeline =
        new Timeline()
            .of(
                List.of(
                    article("a", LocalDate.of(2014, 12, 4), shared, "In September, talks began."),
                    article("b", LocalDate.of(2014, 12, 4), shared),
                    article(
                        "c", null, "Officials met on Tuesday. They met again on May 5, 2014.")));

    assertThat(timeline)
        .extracting(TimelineEvent::date, TimelineEvent::text, TimelineEvent::sources)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2014-05-05", "They met again on May 5, 2014.", List.of("c")),
            org.assertj.core.groups.Tuple.tuple(
                "2014-09", "In September, talks began.", List.of("a")),
            org.assertj.core.groups.Tuple.tuple("2014-12-01", shared, List.of("a", "b")));
  }

  @Test
  void anUndatedArticleReadsRelativeDatesAgainstItsCaptureDateAndOnlyThen() {
    String text = "Officials met in Vienna on Tuesday to resume the talks.";
    Article captured =
        new Article(
            "a",
            "a",
            "a",
            null,
            null,
            List.of(text),
            null,
            null,
            null,
            new ContainerDate(LocalDate.of(2014, 12, 4), ContainerDate.Kind.CAPTURED));
    Article undated = new Article("b", "b", "b", null, null, List.of(text));

    assertThat(new Timeline().of(List.of(new Analyzer().analyze(captured))))
        .extracting(TimelineEvent::date)
        .containsExactly("2014-12-02");
    assertThat(new Timeline().of(List.of(new Analyzer().analyze(undated)))).isEmpty();
    assertThat(captured.published()).as("the capture date is no publication date").isNull();
  }

  @Test
  void aGluedTimeStampDatesNoEventAndIsNotShown() {
    List<TimelineEvent> timeline =
        new Timeline()
            .of(
                List.of(
                    article(
                        "a",
                        LocalDate.of(2013, 9, 16),
                        "September 16, 2013 9: 36 am A climber died on Friday after a fall.",
                        "Posted on September 16, 2013 at 10: 02 am.",
                        "May 3, 2013 | 8: 20 am The actress checked into a clinic.")));
    assertThat(timeline)
        .extracting(TimelineEvent::date, TimelineEvent::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2013-09-13", "A climber died on Friday after a fall."));
  }

  @Test
  void restatementsOfOneEventOnOneDateMerge() {
    List<TimelineEvent> timeline =
        new Timeline()
            .of(
                List.of(
                    article("a", null, "In December 2008, three men emptied the jewelry store."),
                    article(
                        "b", null, "In December 2008, three men emptied the jewellery store.")));
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).sources()).containsExactly("a", "b");
  }

  @Test
  void aDecimalSplitByDetokenisedTextIsOneSentence() {
    List<TimelineEvent> timeline =
        new Timeline()
            .of(
                List.of(
                    article(
                        "a",
                        LocalDate.of(2013, 9, 26),
                        "A magnitude 6. 1 earthquake struck the island on Tuesday.")));
    assertThat(timeline)
        .extracting(TimelineEvent::date, TimelineEvent::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2013-09-24", "A magnitude 6. 1 earthquake struck the island on Tuesday."));
  }

  @Test
  void aComingWeekdayLiesAhead() {
    List<TimelineEvent> timeline =
        new Timeline()
            .of(
                List.of(
                    article(
                        "a",
                        LocalDate.of(2013, 9, 26),
                        "The league will hold its final this coming Saturday in Rome.")));
    assertThat(timeline).extracting(TimelineEvent::date).containsExactly("2013-09-28");
  }
}
