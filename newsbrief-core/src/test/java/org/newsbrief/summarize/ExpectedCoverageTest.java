package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedCoverageTest {
  @Test
  void tailIsThePoissonSurvivalFunction() {
    double[] tail = ExpectedCoverage.tail(2.0);

    assertThat(tail[0]).isCloseTo(1 - Math.exp(-2), within(1e-12));
    assertThat(tail[1]).isCloseTo(1 - 3 * Math.exp(-2), within(1e-12));
    assertThat(tail[29]).isCloseTo(0, within(1e-12));
  }

  @Test
  void repeatingAnNgramGainsLessEachTime() {
    ExpectedCoverage coverage = new ExpectedCoverage(Map.of("iran", 1.5, "talks", 0.2));
    Map<String, Integer> sentence = Map.of("iran", 1, "talks", 1, "unseen", 3);

    double first = coverage.gain(sentence);
    coverage.add(sentence);
    double second = coverage.gain(sentence);

    assertThat(first).isCloseTo((1 - Math.exp(-1.5)) + (1 - Math.exp(-0.2)), within(1e-12));
    assertThat(second).isPositive().isLessThan(first);
    assertThat(coverage.gain(Map.of("iran", 2)))
        .isCloseTo(ExpectedCoverage.tail(1.5)[1] + ExpectedCoverage.tail(1.5)[2], within(1e-12));
  }
}
