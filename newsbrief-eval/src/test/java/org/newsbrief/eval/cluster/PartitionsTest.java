package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionsTest {
  @Test
  void scoresBcubedAndPairsByHand() {
    // gold: {a,b,c} {d}; predicted: {a,b} {c,d}
    Map<String, Double> m =
        Partitions.score(
            Map.of("a", 1, "b", 1, "c", 2, "d", 2), Map.of("a", "x", "b", "x", "c", "x", "d", "y"));
    // B3 precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assertThat(m.get("precision")).isCloseTo(0.75, within(1e-9));
    assertThat(m.get("recall")).isCloseTo(2 / 3.0, within(1e-9));
    // pairs: predicted {ab, cd}, gold {ab, ac, bc}: tp 1 -> P 1/2, R 1/3
    assertThat(m.get("pairwise_precision")).isCloseTo(0.5, within(1e-9));
    assertThat(m.get("pairwise_recall")).isCloseTo(1 / 3.0, within(1e-9));
  }
}
