package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubVectorTest {
  private static final Map<String, Double> A = TermWeights.normalise(Map.of("x", 1.0, "y", 2.0));
  private static final Map<String, Double> B = TermWeights.normalise(Map.of("y", 1.0, "z", 1.0));
  private static final Map<String, Double> C = TermWeights.normalise(Map.of("x", 3.0, "z", 1.0));

  @Test
  void cosineWithoutAMemberEqualsTheCosineWithTheOthersSum() {
    SubVector all = new SubVector(10);
    all.add(A);
    all.add(B);
    all.add(C);
    SubVector others = new SubVector(10);
    others.add(B);
    others.add(C);

    assertThat(all.cosineWithout(A)).isCloseTo(others.cosine(A), within(1e-9));
    assertThat(all.cosine(A)).isGreaterThan(all.cosineWithout(A));
  }

  @Test
  void emptySumsAndVectorsGiveZero() {
    SubVector empty = new SubVector(10);
    SubVector one = new SubVector(10);
    one.add(A);

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.cosine(A)).isZero();
    assertThat(one.cosine(Map.of())).isZero();
    assertThat(one.cosine(empty)).isZero();
    assertThat(one.cosineWithout(A)).isZero();
  }

  @Test
  void keepsOnlyItsStrongestEntriesWhenItGrows() {
    SubVector small = new SubVector(1);
    small.add(Map.of("a", 0.9));
    small.add(Map.of("b", 0.5));
    small.add(Map.of("c", 0.1));

    assertThat(small.cosine(Map.of("a", 1.0))).isCloseTo(1.0, within(1e-9));
    assertThat(small.cosine(Map.of("c", 1.0))).isZero();
  }

  @Test
  void newShareIsTheArticlesMassTheSumLacks() {
    SubVector story = new SubVector(10);
    story.add(A);

    assertThat(story.newShare(A)).isZero();
    assertThat(story.newShare(C)).isCloseTo(0.1, within(1e-9));
    assertThat(story.newShare(Map.of("z", 1.0))).isCloseTo(1.0, within(1e-9));
    assertThat(new SubVector(10).newShare(A)).isZero();
  }

  @Test
  void absentShareIsTheSumsMassTheArticleLacks() {
    SubVector story = new SubVector(10);
    story.add(A);
    SubVector other = new SubVector(10);
    other.add(B);

    assertThat(story.absentShare(A)).isCloseTo(0, within(1e-9));
    assertThat(story.absentShare(B)).isCloseTo(0.2, within(1e-9));
    assertThat(story.absentShare(other)).isCloseTo(0.2, within(1e-9));
    assertThat(story.absentShare(Map.of())).isZero();
  }

  @Test
  void sharesWithoutAMemberEqualTheSharesAgainstTheOthersSum() {
    SubVector all = new SubVector(10);
    all.add(A);
    all.add(B);
    SubVector others = new SubVector(10);
    others.add(B);

    assertThat(all.newShareWithout(A)).isCloseTo(others.newShare(A), within(1e-9));
    assertThat(all.newShareWithout(A)).isCloseTo(0.2, within(1e-9));
    assertThat(all.absentShareWithout(A)).isCloseTo(others.absentShare(A), within(1e-9));
    assertThat(all.absentShareWithout(A)).isCloseTo(0.5, within(1e-9));
  }
}
