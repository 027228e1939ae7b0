package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;

class StoryWindowTest {
  private static AnalyzedArticle article(String id, int sentences) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      paragraphs.add(
          "Sentence number " + i + " of the article says ten words in all.".replace("  ", " "));
    }
    return new Analyzer().analyze(new Article(id, id, "t", null, null, paragraphs));
  }

  @Test
  void sharesAboutFiveThirdsOfTheBudgetBetweenArticles() {
    List<List<StoryWindow.Placed>> window =
        StoryWindow.of(List.of(article("a", 30), article("b", 30)), 120);

    assertThat(window).hasSize(2);
    assertThat(window.get(0)).hasSize(10);
    assertThat(window.get(1)).hasSize(10);
    assertThat(window.get(0).get(3).articleSentences()).isEqualTo(10);
    assertThat(window.get(1).get(0).article()).isEqualTo(1);
    assertThat(window.get(0).get(0).tokens()).startsWith("sentence", "number", "0");
  }

  @Test
  void givesEachArticleAtLeastSixtyWords() {
    List<List<StoryWindow.Placed>> window = StoryWindow.of(List.of(article("a", 30)), 6);

    assertThat(window.get(0)).hasSize(6);
  }
}
