package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrief.summarize.SummaryFixtures.SHARED;
import static org.newsbrief.summarize.SummaryFixtures.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;

class CoverageSummarizerTest {
  private final List<AnalyzedArticle> articles = SummaryFixtures.story();

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
}
