package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void scoresWordFourGramsPerPageAndAveragesOverPages() {
    ShingleScore score = new ShingleScore();
    // truth a b c d e: shingles abcd, bcde. prediction a b c d x: abcd, bcdx.
    // tp 1, fp 1, fn 1 -> normalised 1/3 each -> P = R = 0.5
    score.add("a b c d e", "a, b; c d x");
    // a perfect page counts 1 for both
    score.add("Same words here now", "Same words here now");

    assertThat(score.metrics().get("precision")).isCloseTo(0.75, within(1e-9));
    assertThat(score.metrics().get("recall")).isCloseTo(0.75, within(1e-9));
    assertThat(score.metrics().get("f1")).isCloseTo(0.75, within(1e-9));
    assertThat(score.metrics().get("accuracy")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void leavesPagesWithoutPredictionOutOfPrecision() {
    ShingleScore score = new ShingleScore();
    score.add("one two three four five", "");
    score.add("short text", "short text");

    // page 1: tp 0, fp 0, fn 2 -> no precision, recall 0. page 2: one shorter shingle, perfect
    assertThat(score.metrics().get("precision")).isCloseTo(1.0, within(1e-9));
    assertThat(score.metrics().get("recall")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void tokenisesUnicodeWordsAndKeepsCase() {
    assertThat(ShingleScore.tokens("Ça va, Zürich! it's"))
        .containsExactly("Ça", "va", "Zürich", "it", "s");
  }
}
