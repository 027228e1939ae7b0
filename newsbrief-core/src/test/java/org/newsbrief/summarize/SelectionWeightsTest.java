package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.AnalyzedArticle;

class SelectionWeightsTest {
  private final List<AnalyzedArticle> articles = SummaryFixtures.story();

  private List<Candidates.Candidate> candidates() {
    return Candidates.of(
        StoryWindow.of(articles, 300),
        articles,
        new HashMap<>(),
        LexicalPriors.none(),
        null,
        SentenceForm.none());
  }

  private Candidates.Candidate containing(String words) {
    return candidates().stream()
        .filter(c -> c.placed().text().contains(words))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSentenceNoOtherArticleCorroboratesIsDiscounted() {
    Candidates.Candidate weather = containing("weather in Vienna");
    Candidates.Candidate denial = containing("Foreign Ministry denied");
    SelectionWeights weights = new SelectionWeights(0.2, 2, 0, 2, 0);

    assertThat(weather.shared()).isZero();
    assertThat(denial.shared()).isGreaterThanOrEqualTo(2);
    assertThat(weights.support(weather)).isEqualTo(0.2);
    assertThat(weights.support(denial)).isEqualTo(1.0);
    assertThat(SelectionWeights.shipped().support(denial)).isEqualTo(1.0);
    assertThat(SelectionWeights.shipped().support(weather)).isEqualTo(0.4);
  }

  @Test
  void aSentenceSharingMostOfAChosenOnesWordsIsARepeat() {
    Candidates.Candidate kerry = containing("Kerry said");
    Candidates.Candidate weather = containing("weather in Vienna");
    SelectionWeights strict = new SelectionWeights(0.7, 0, 0, 0.5, 0);

    assertThat(strict.repeats(kerry, List.of(kerry))).isTrue();
    assertThat(strict.repeats(kerry, List.of(weather))).isFalse();
    assertThat(SelectionWeights.shipped().repeats(kerry, List.of(kerry))).isFalse();
  }

  @Test
  void theSoftPenaltyFallsWithOverlap() {
    Candidates.Candidate kerry = containing("Kerry said");
    Candidates.Candidate denial = containing("Foreign Ministry denied");
    SelectionWeights soft = new SelectionWeights(0.7, 0, 0, 2, 1);

    assertThat(soft.novelty(kerry, List.of())).isEqualTo(1.0);
    assertThat(soft.novelty(kerry, List.of(kerry))).isZero();
    assertThat(soft.novelty(kerry, List.of(denial))).isStrictlyBetween(0.0, 1.0);
  }
}
