package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrief.summarize.SummaryFixtures.SHARED;
import static org.newsbrief.summarize.SummaryFixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;

/** What every summarizer promises: citations, length, no repeats, topicality, reading order. */
class SummarizerContractTest {
  private final List<AnalyzedArticle> articles = SummaryFixtures.story();

  static Stream<Summarizer> summarizers() {
    return Stream.of(new CoverageSummarizer(), new CentroidSummarizer());
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void citesEveryArticleContainingTheSentence(Summarizer summarizer) {
    List<SummarySentence> summary = summarizer.summarize(articles, 60);

    assertThat(summary).isNotEmpty();
    for (SummarySentence s : summary) {
      for (AnalyzedArticle a : articles) {
        boolean contains = String.join(" ", a.article().paragraphs()).contains(s.text());
        assertThat(s.sources().contains(a.article().id())).isEqualTo(contains);
      }
    }
    List<AnalyzedArticle> two =
        List.of(
            article(
                "a",
                LocalDate.of(2014, 12, 4),
                SHARED,
                "The weather in Vienna was cold and grey during the whole week of talks there."),
            article(
                "b",
                LocalDate.of(2014, 12, 4),
                "Iran's Foreign Ministry denied any military cooperation with the United States in"
                    + " Iraq on Wednesday.",
                SHARED));
    assertThat(summarizer.summarize(two, 60))
        .filteredOn(s -> s.text().equals(SHARED))
        .singleElement()
        .extracting(SummarySentence::sources)
        .isEqualTo(List.of("a", "b"));
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void staysNearTheWordBudgetAndRepeatsNoSentence(Summarizer summarizer) {
    List<SummarySentence> summary = summarizer.summarize(articles, 40);

    int words = summary.stream().mapToInt(s -> Tokens.words(s.text()).size()).sum();
    assertThat(words).isBetween(1, 46);
    assertThat(summary).extracting(SummarySentence::text).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void prefersCentralSentencesOverOffTopicOnes(Summarizer summarizer) {
    List<SummarySentence> summary = summarizer.summarize(articles, 60, 2);

    assertThat(summary).extracting(SummarySentence::text).noneMatch(t -> t.contains("weather"));
  }

  @ParameterizedTest
  @MethodSource("summarizers")
  void ordersByArticleDateThenPosition(Summarizer summarizer) {
    List<SummarySentence> summary = summarizer.summarize(articles, 200);

    List<String> texts = summary.stream().map(SummarySentence::text).toList();
    int kerry = indexOfContaining(texts, "John Kerry");
    int later = indexOfContaining(texts, "Foreign Ministry");
    assertThat(kerry).isNotNegative().isLessThan(later);
  }

  private static int indexOfContaining(List<String> texts, String needle) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(needle)) {
        return i;
      }
    }
    return -1;
  }
}
