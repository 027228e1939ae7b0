package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SentenceScorerTest {
  private static double[] weights() {
    double[] w = new double[SentenceFeatures.NAMES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i + 1) / 10.0;
    }
    return w;
  }

  @Test
  void readsWhatItWrites() throws IOException {
    SentenceScorer scorer = new SentenceScorer(weights(), 0.5, 2.5);
    StringWriter out = new StringWriter();
    scorer.write(out);

    SentenceScorer read = SentenceScorer.read(new StringReader(out.toString()));

    double[] x = new double[weights().length];
    x[0] = 1;
    x[3] = 2;
    assertThat(read.mix()).isEqualTo(0.5);
    assertThat(read.window()).isEqualTo(2.5);
    assertThat(read.score(x)).isEqualTo(scorer.score(x)).isEqualTo(0.1 + 0.8, within());
    assertThat(read.factor(x)).isEqualTo(Math.exp(0.5 * 0.9), within());
  }

  @Test
  void mixZeroLeavesTheCoverageGainAlone() {
    double[] x = new double[weights().length];
    x[0] = 1;
    assertThat(new SentenceScorer(weights(), 0, 2).factor(x)).isEqualTo(1.0);
    assertThat(SentenceScorer.none().factor(x)).isEqualTo(1.0);
  }

  @Test
  void refusesAModelWithoutAllWeights() {
    assertThatThrownBy(() -> SentenceScorer.read(new StringReader("sentence.bias 1\nmix 1\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no weight");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
