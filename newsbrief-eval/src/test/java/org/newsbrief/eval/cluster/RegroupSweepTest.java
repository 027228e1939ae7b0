package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.StoryOptions;

class RegroupSweepTest {
  @Test
  void aShareMovesAndTheOtherTwoKeepTheirRatioAndTheSum() {
    Regrouping base = Regrouping.of(0.05); // 0.3 / 0.5 / 0.2
    Regrouping r = RegroupSweep.withShare(base, 1, 0.3);
    assertThat(r.nameShare()).isEqualTo(0.3);
    assertThat(r.termShare() + r.nameShare() + r.numberShare()).isCloseTo(1.0, within(1e-12));
    assertThat(r.termShare() / r.numberShare()).isCloseTo(1.5, within(1e-12));
    assertThat(r.threshold()).isEqualTo(0.05);
    assertThat(r.groupCosine()).isEqualTo(base.groupCosine());
  }

  @Test
  void settingsHoldTheShippedPointAndOneMoveAtATime() {
    Map<String, Regrouping> s = RegroupSweep.settings();
    Regrouping shipped = Regrouping.of(StoryOptions.DEFAULT_REGROUP);
    assertThat(s.get("shipped")).isEqualTo(shipped);
    assertThat(s.get("threshold_0.080").threshold()).isEqualTo(0.08);
    assertThat(s.get("threshold_0.080").nameShare()).isEqualTo(shipped.nameShare());
    assertThat(s.get("group_0.250").groupCosine()).isEqualTo(0.25);
    assertThat(s.get("group_0.250").threshold()).isEqualTo(shipped.threshold());
    assertThat(s.get("name_0.500")).isEqualTo(shipped);
    assertThat(s.get("equal_shares").termShare()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
