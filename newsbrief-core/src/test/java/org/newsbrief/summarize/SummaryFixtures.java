package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.List;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;

/** A small story about US-Iran contacts that summarizer tests share. */
final class SummaryFixtures {
  static final String SHARED =
      "The State Department confirmed that the United States has discussed the fight against"
          + " Islamic State with Iran.";

  private SummaryFixtures() {}

  static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
    return new Analyzer()
        .analyze(new Article(id, id + ".txt", "t", null, date, List.of(paragraphs)));
  }

  /** Three articles: one shared sentence, a denial, an off-topic aside, an undated article. */
  static List<AnalyzedArticle> story() {
    return List.of(
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
  }
}
