package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermWeightsTest {
  @Test
  void aSmallInputIsWeightedAsIfItWereLarger() {
    TermWeights w = new TermWeights();
    w.add("ferry sank harbour storm");
    w.add("ferry sank harbour rescue");
    w.add("ferry sank harbour divers");
    double floor = TermWeights.MIN_DOCUMENTS + 1.0;
    assertThat(w.idf("ferry")).isCloseTo(Math.log(floor / 4) + 1, within(1e-9));
    assertThat(w.idf("storm")).isCloseTo(Math.log(floor / 2) + 1, within(1e-9));
    // shared words weigh close to one-article words, as in a large stream
    assertThat(w.idf("ferry") / w.idf("storm")).isGreaterThan(0.8);
  }

  @Test
  void aLargeInputUsesItsOwnCount() {
    TermWeights w = new TermWeights();
    int n = (int) TermWeights.MIN_DOCUMENTS * 2;
    for (int i = 0; i < n; i++) {
      w.add("council vote number" + i);
    }
    assertThat(w.idf("council")).isCloseTo(Math.log((n + 1.0) / (n + 1.0)) + 1, within(1e-9));
  }
}
