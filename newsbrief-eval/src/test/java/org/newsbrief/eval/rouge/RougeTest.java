package org.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand (see comments) and checked against ROUGE-1.5.5's rules. */
class RougeTest {
  private static final List<String> PEER = List.of("The cat sat on the mat.");
  private static final List<String> REF = List.of("The cat was on the mat.");

  @Test
  void unigramsAndBigramsClipCounts() {
    RougeScores s = new Rouge(0, false).score(PEER, List.of(REF));
    // unigrams: the x2, cat, on, mat match = 5 of 6 on each side
    assertThat(s.rouge1().recall()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(s.rouge1().precision()).isCloseTo(5 / 6.0, within(1e-9));
    // bigrams: "the cat", "on the", "the mat" = 3 of 5
    assertThat(s.rouge2().f()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void skipBigramsWithUnigramsUseAGapOfAtMostFour() {
    RougeScores s = new Rouge(0, false).score(PEER, List.of(REF));
    // 15 skip bigrams + 6 unigrams per side; 10 shared pairs + 5 shared unigrams
    assertThat(s.rougeSu4().f()).isCloseTo(15 / 21.0, within(1e-9));
    double[] gap =
        Rouge.skipBigramHits(List.of("a", "b", "c", "d", "e", "f", "g"), List.of("a", "g"), 4);
    // "a g" has five words between it in the peer: not a skip bigram there
    assertThat(gap[0]).isEqualTo(2);
  }

  @Test
  void lcsIsSummaryLevelUnion() {
    RougeScores s = new Rouge(0, false).score(PEER, List.of(REF));
    // LCS "the cat on the mat" = 5 of 6
    assertThat(s.rougeL().f()).isCloseTo(5 / 6.0, within(1e-9));
    // reference sentence 1 = "a b c d"; peer sentences "a b" and "c d": union LCS = 4
    RougeScores union =
        new Rouge(0, false).score(List.of("a b x", "y c d"), List.of(List.of("a b c d")));
    assertThat(union.rougeL().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(union.rougeL().precision()).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void tokenisesLikeRouge155() {
    assertThat(RougeTokenizer.tokens("U.S.-led coalition's 60 members!", false))
        .containsExactly("u", "s", "-", "led", "coalition", "s", "60", "members");
    assertThat(RougeTokenizer.tokens("running officials", true)).containsExactly("run", "offici");
    assertThat(RougeTokenizer.tokens("was", true)).containsExactly("was");
  }

  @Test
  void truncatesToTheWordLimit() {
    RougeScores s = new Rouge(3, false).score(List.of("the cat", "sat on the mat"), List.of(REF));
    // peer becomes "the cat sat" (3 units), reference "the cat was" (3 units): 2 hits
    assertThat(s.rouge1().precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.rouge1().recall()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void averagesOverSeveralReferences() {
    RougeScores s =
        new Rouge(0, false).score(List.of("a b"), List.of(List.of("a b"), List.of("a c d e")));
    // hits 2 + 1 = 3; reference units 2 + 4 = 6; peer units 2 + 2 = 4
    assertThat(s.rouge1().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.rouge1().precision()).isCloseTo(0.75, within(1e-9));
  }
}
