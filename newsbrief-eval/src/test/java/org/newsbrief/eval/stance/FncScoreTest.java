package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsbrief.stance.Stance.AGREE;
import static org.newsbrief.stance.Stance.DISAGREE;
import static org.newsbrief.stance.Stance.DISCUSS;
import static org.newsbrief.stance.Stance.UNRELATED;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.stance.Stance;

class FncScoreTest {
  private static final List<Stance> GOLD =
      List.of(AGREE, DISAGREE, DISCUSS, UNRELATED, UNRELATED, AGREE);
  private static final List<Stance> PREDICTED =
      List.of(AGREE, DISCUSS, UNRELATED, UNRELATED, AGREE, AGREE);

  @Test
  void scoresLikeTheOfficialScorer() {
    FncScore score = FncScore.of(GOLD, PREDICTED);
    // 1.0 (agree right) + 0.25 (disagree read as another related) + 0 (discuss read as unrelated)
    // + 0.25 (unrelated right) + 0 (unrelated read as related) + 1.0 (agree right)
    assertThat(score.score()).isEqualTo(2.5);
    assertThat(score.maxScore()).isEqualTo(4 * 1.0 + 2 * 0.25);
    assertThat(score.relativeScore()).isCloseTo(2.5 / 4.5, within(1e-12));
  }

  @Test
  void classWiseScores() {
    Map<String, Double> m = FncScore.of(GOLD, PREDICTED).metrics();
    assertThat(m.get("agree_f1")).isCloseTo(0.8, within(1e-12)); // P 2/3, R 2/2
    assertThat(m.get("disagree_f1")).isZero();
    assertThat(m.get("discuss_f1")).isZero();
    assertThat(m.get("unrelated_f1")).isCloseTo(0.5, within(1e-12)); // P 1/2, R 1/2
    assertThat(m.get("macro_f1")).isCloseTo((0.8 + 0.5) / 4, within(1e-12));
    assertThat(m.get("accuracy")).isCloseTo(0.5, within(1e-12));
    assertThat(m.get("count")).isEqualTo(6.0);
  }

  @Test
  void perfectAndAllUnrelated() {
    assertThat(FncScore.of(GOLD, GOLD).relativeScore()).isEqualTo(1.0);
    assertThat(FncScore.of(GOLD, GOLD).macroF1()).isEqualTo(1.0);
    FncScore majority = FncScore.of(GOLD, Collections.nCopies(GOLD.size(), UNRELATED));
    assertThat(majority.relativeScore()).isCloseTo(0.5 / 4.5, within(1e-12));
  }
}
