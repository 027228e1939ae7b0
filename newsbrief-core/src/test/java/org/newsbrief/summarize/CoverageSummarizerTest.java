package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.SummarySentence;

class CoverageSummarizerTest {
  private static final String SHARED =
      "The State Department confirmed that the United States has discussed the fight against"
          + " Islamic State with Iran.";

  private static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
    return new Analyzer()
        .analyze(new Article(id, id + ".txt", "t", null, date, List.of(paragraphs)));
  }

  private final List<AnalyzedArticle> articles =
      List.of(
          article(
              "a",
              LocalDate.of(2014, 12, 4),
              SHARED,
              "Iran's Foreign Ministry denied any military cooperation with the United States in"
                  + " Iraq on Wednesday.",
              "The weather in Vienna was cold and grey during the whole week of talks there."),
          article(
              "b",
              LocalDate.of(2014, 12, 3),
              "Secretary of State John Kerry said the United States has no plans to coordinate"
                  + " militarily with Iran against Islamic State.",
              SHARED),
          article(
              "c",
              null,
              "Iran denied cooperation with the United States against Islamic State militants in"
                  + " Iraq, state media reported."));

  @Test
  void citesEveryArticleContainingTheSentence() {
    List<SummarySentence> summary = new CoverageSummarizer().summarize(articles, 60);

    assertThat(summary).isNotEmpty();
    for (SummarySentence s : summary) {
      for (AnalyzedArticle a : articles) {
        boolean contains = String.join(" ", a.article().paragraphs()).contains(s.text());
        assertThat(s.sources().contains(a.article().id())).isEqualTo(contains);
      }
    }
    assertThat(summary)
        .filteredOn(s -> s.text().equals(SHARED))
        .singleElement()
        .extracting(SummarySentence::sources)
        .isEqualTo(List.of("a", "b"));
  }

  @Test
  void staysNearTheWordBudgetAndRepeatsNoSentence() {
    List<SummarySentence> summary = new CoverageSummarizer().summarize(articles, 40);

    int words = summary.stream().mapToInt(s -> Tokens.words(s.text()).size()).sum();
    assertThat(words).isBetween(1, 46);
    assertThat(summary).extracting(SummarySentence::text).doesNotHaveDuplicates();
  }

  @Test
  void prefersCentralSentencesOverOffTopicOnes() {
    List<SummarySentence> summary = new CoverageSummarizer().summarize(articles, 60, 2);

    assertThat(summary).extracting(SummarySentence::text).noneMatch(t -> t.contains("weather"));
  }

  @Test
  void ordersByArticleDateThenPosition() {
    List<SummarySentence> summary = new CoverageSummarizer().summarize(articles, 200);

    List<String> texts = summary.stream().map(SummarySentence::text).toList();
    int kerry = indexOfContaining(texts, "John Kerry");
    int undated = indexOfContaining(texts, "state media reported");
    assertThat(kerry).isNotNegative().isLessThan(undated);
  }

  @Test
  void leadsWithAnOpeningSentence() {
    List<SummarySentence> summary = new CoverageSummarizer().summarize(articles, 25, 1);

    assertThat(summary).hasSize(1);
    assertThat(
            articles.stream()
                .anyMatch(a -> a.sentences().get(0).text().equals(summary.get(0).text())))
        .isTrue();
  }

  @Test
  void stopsBeforeTheBudgetWhenTheRestAddsLittle() {
    AnalyzedArticle repetitive =
        article(
            "r",
            LocalDate.of(2014, 12, 5),
            SHARED,
            "The State Department confirmed that the United States has discussed Islamic State"
                + " with Iran in Vienna.",
            "The United States has discussed the fight against Islamic State with Iran, the State"
                + " Department confirmed.");
    List<SummarySentence> summary = new CoverageSummarizer().summarize(List.of(repetitive), 1000);

    int words = summary.stream().mapToInt(s -> Tokens.words(s.text()).size()).sum();
    assertThat(summary).hasSize(1);
    assertThat(words).isLessThan(40);
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
