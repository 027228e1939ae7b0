package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.AnalyzedArticle;

class SentenceTrainingTest {
  private final List<AnalyzedArticle> articles = SummaryFixtures.story();

  private List<Candidates.Candidate> candidates() {
    List<List<StoryWindow.Placed>> window = StoryWindow.of(articles, 300);
    Map<String, Double> expected = new HashMap<>();
    return Candidates.of(
        window, articles, expected, LexicalPriors.none(), null, SentenceForm.none());
  }

  @Test
  void theOracleTakesTheSentenceTheReferenceStates() {
    List<Candidates.Candidate> candidates = candidates();
    String reference =
        "Iran denied cooperation with the United States against Islamic State militants.";

    Set<Integer> oracle =
        SentenceTraining.oracle(candidates, CoverageTraining.referenceCounts(reference, 300), 300);

    assertThat(oracle).isNotEmpty();
    assertThat(oracle.stream().map(i -> candidates.get(i).placed().text()))
        .contains(
            "Iran denied cooperation with the United States against Islamic State militants in"
                + " Iraq, state media reported.")
        .noneMatch(t -> t.contains("weather"));
  }

  @Test
  void everyCandidateHasOneValuePerFeatureName() {
    assertThat(candidates())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.features()).hasSize(SentenceFeatures.NAMES.size()));
  }

  @Test
  void aFittedScorerPrefersWhatTheOracleChose() {
    SentenceTraining.Rows rows = new SentenceTraining.Rows();
    var example =
        new CoverageTraining.Example(
            articles,
            "Iran denied cooperation with the United States against Islamic State militants.");
    CoverageModel model = CoverageTraining.train(List.of(example), 300);
    for (int i = 0; i < 5; i++) {
      SentenceTraining.add(example, 300, 5.0 / 3, model, false, rows);
    }
    SentenceScorer scorer = SentenceTraining.fit(rows, 1, 1, 5.0 / 3);

    double chosen = Double.NEGATIVE_INFINITY;
    double other = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows.size(); i++) {
      double s = scorer.score(rows.x.get(i));
      if (rows.y.get(i) > 0) {
        chosen = Math.max(chosen, s);
      } else {
        other = Math.max(other, s);
      }
    }
    assertThat(rows.positives()).isPositive().isLessThan(rows.size());
    assertThat(chosen).isGreaterThan(other);
  }
}
