package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

class ConflictsTest {
  private static final Analyzer ANALYZER = new Analyzer();

  private static AnalyzedArticle article(String id, String... paragraphs) {
    return ANALYZER.analyze(new Article(id, id, id, null, null, List.of(paragraphs)));
  }

  @Test
  void reportsATopicOnlyWhenSourcesTakeBothSides() {
    AnalyzedArticle a =
        article("a", "Kerry said there is some coordination with Iran on the fight in Iraq.");
    AnalyzedArticle b =
        article("b", "U.S. officials say there is no military coordination with Iran in Iraq.");

    List<Conflict> both = new Conflicts().of(List.of(a, b));

    assertThat(new Conflicts().of(List.of(a))).isEmpty();
    assertThat(both)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.topic()).isEqualTo("military coordination");
              assertThat(c.sides())
                  .extracting(ConflictSide::stance)
                  .containsExactly("affirms", "denies");
              assertThat(c.sides())
                  .extracting(s -> s.speaker().name())
                  .containsExactly("Kerry", "U.S. officials");
              assertThat(c.sides())
                  .extracting(ConflictSide::sources)
                  .containsExactly(List.of("a"), List.of("b"));
            });
  }

  @Test
  void oneArticleMayReportBothSidesWhenTwoSpeakersDisagree() {
    AnalyzedArticle a =
        article(
            "a",
            "The State Department confirmed that the United States has been discussing Iraq with"
                + " Iran.",
            "The Iranians continue to deny that such conversations with the United States about"
                + " Iraq are taking place.");

    assertThat(new Conflicts().of(List.of(a)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.topic()).startsWith("conversations");
              assertThat(c.sides())
                  .extracting(s -> s.speaker().name())
                  .containsExactly("The State Department", "The Iranians");
            });
  }

  @Test
  void theNarrativesOwnNegationIsNoConflict() {
    AnalyzedArticle a = article("a", "Adams has been questioned at Antrim police station today.");
    AnalyzedArticle b =
        article(
            "b", "Adams did not go to Antrim police station expecting special treatment today.");

    assertThat(new Conflicts().of(List.of(a, b))).isEmpty();
  }

  @Test
  void aDenialAboutSomeoneElseIsNoConflict() {
    AnalyzedArticle a =
        article("a", "Jennifer McMahon pleaded guilty to the murder charges in court on Monday.");
    AnalyzedArticle b =
        article(
            "b", "Lawyers said Robert Durst did not plead guilty to the murder charges in court.");
    AnalyzedArticle c =
        article("c", "Lawyers said McMahon did not plead guilty to the murder charges in court.");

    assertThat(new Conflicts().of(List.of(a, b))).isEmpty();
    assertThat(new Conflicts().of(List.of(a, c))).isNotEmpty();
  }

  @Test
  void usesTheEntitiesItIsGivenInsteadOfTaggingAgain() {
    List<AnalyzedArticle> ab =
        List.of(
            article(
                "a", "Jennifer McMahon pleaded guilty to the murder charges in court on Monday."),
            article(
                "b",
                "Lawyers said Robert Durst did not plead guilty to the murder charges in court."));

    assertThat(new Conflicts().of(ab, new Entities().of(ab))).isEqualTo(new Conflicts().of(ab));
    assertThat(new Conflicts().of(ab, List.of())).isNotEmpty();
  }

  @Test
  void capsTheTopicsShown() {
    AnalyzedArticle a =
        article(
            "a",
            "Officials said the bridge over the river reopened to traffic on Monday.",
            "Officials said the airport terminal reopened to passengers on Monday.",
            "Officials said the hospital wing reopened to patients on Monday.",
            "Officials said the city library reopened to readers on Monday.",
            "Officials said the central museum reopened to visitors on Monday.");
    AnalyzedArticle b =
        article(
            "b",
            "The mayor denied that the bridge over the river reopened to traffic.",
            "The mayor denied that the airport terminal reopened to passengers.",
            "The mayor denied that the hospital wing reopened to patients.",
            "The mayor denied that the city library reopened to readers.",
            "The mayor denied that the central museum reopened to visitors.");

    assertThat(new Conflicts().of(List.of(a, b))).hasSizeLessThanOrEqualTo(Conflicts.MAX_TOPICS);
    assertThat(new Conflicts().of(List.of(a, b))).isNotEmpty();
  }
}
