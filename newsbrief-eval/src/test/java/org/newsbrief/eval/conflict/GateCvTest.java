package org.newsbrief.eval.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GateCvTest {
  /** Forty stories of three pairs each; feature 0 tells real from false, feature 1 is noise. */
  private static List<GateCv.Row> rows(boolean informative) {
    Random random = new Random(7);
    List<GateCv.Row> rows = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      for (int i = 0; i < 3; i++) {
        int y = random.nextBoolean() ? 1 : 0;
        double signal = informative ? y + 0.3 * random.nextGaussian() : random.nextGaussian();
        rows.add(
            new GateCv.Row("s" + s, "d" + i, new double[] {signal, random.nextGaussian(), 1}, y));
      }
    }
    return rows;
  }

  @Test
  void aFeatureThatSeparatesScoresHighOnStoriesTheModelNeverSaw() {
    List<GateCv.Row> rows = rows(true);
    double[] p = GateCv.outOfFold(rows, 5, 0, 1);
    assertThat(GateCv.auc(rows, p)).isGreaterThan(0.95);
    GateCv.Point strict = GateCv.at(rows, p, 0.8, r -> true);
    GateCv.Point all = GateCv.at(rows, p, 0, r -> true);
    assertThat(all.kept()).isEqualTo(all.denials());
    assertThat(strict.precision()).isGreaterThan(all.precision());
    assertThat(strict.kept()).isLessThan(all.kept());
  }

  @Test
  void noiseAloneDoesNotScoreWellOutOfFold() {
    List<GateCv.Row> rows = rows(false);
    assertThat(GateCv.auc(rows, GateCv.outOfFold(rows, 5, 0, 1))).isLessThan(0.7);
  }

  @Test
  void aDenialIsShownWhenOneOfItsPairsPassesAndRealWhenOneIsReal() {
    List<GateCv.Row> rows =
        List.of(
            new GateCv.Row("s", "d", new double[] {0}, 0),
            new GateCv.Row("s", "d", new double[] {0}, 1),
            new GateCv.Row("s", "e", new double[] {0}, 0));
    GateCv.Point point = GateCv.at(rows, new double[] {0.9, 0.1, 0.2}, 0.5, r -> true);
    assertThat(point).isEqualTo(new GateCv.Point(1, 1, 1, 2));
  }
}
