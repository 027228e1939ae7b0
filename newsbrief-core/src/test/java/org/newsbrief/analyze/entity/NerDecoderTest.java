package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerDecoderTest {
  private static final int B_PER = NerTags.tag('B', 0);
  private static final int L_PER = NerTags.tag('L', 0);
  private static final int U_PER = NerTags.tag('U', 0);

  /**
   * "alpha" alone looks a little more like a one-word name than the start of one, but "beta" is far
   * more likely the end of a two-word name: a greedy search commits to the first view.
   */
  private static void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      if (features[f] == NerFeatures.h(2, "alpha")) {
        scores[U_PER] += 1.0f;
        scores[B_PER] += 0.9f;
      } else if (features[f] == NerFeatures.h(2, "beta")) {
        scores[L_PER] += 5.0f;
        scores[0] += 1.0f;
      }
    }
  }

  private static NerDocument doc() {
    return new NerDocument(List.of(List.of("alpha", "beta")), WordClusters.empty());
  }

  @Test
  void aWiderBeamFindsTheSequenceAGreedySearchMisses() {
    assertThat(NerDecoder.decode(doc(), NerDecoderTest::score, 1, null)[0])
        .containsExactly(U_PER, 0);
    assertThat(NerDecoder.decode(doc(), NerDecoderTest::score, 2, null)[0])
        .containsExactly(B_PER, L_PER);
  }

  @Test
  void learnsOnlyWhenTheGoldSequenceLosesAndMovesTowardsIt() {
    List<int[]> moves = new ArrayList<>();
    int[] ticks = {0};
    NerDecoder.Learner learner =
        new NerDecoder.Learner() {
          @Override
          public int[] gold(int s) {
            return new int[] {B_PER, L_PER};
          }

          @Override
          public void add(long[] features, int n, int tag, int delta) {
            moves.add(new int[] {tag, delta});
          }

          @Override
          public void tick() {
            ticks[0]++;
          }
        };
    NerDecoder.decode(doc(), NerDecoderTest::score, 2, learner);
    assertThat(moves).isEmpty();
    assertThat(ticks[0]).isEqualTo(4);
    NerDecoder.decode(doc(), NerDecoderTest::score, 1, learner);
    assertThat(moves).isNotEmpty();
    assertThat(moves.stream().filter(m -> m[0] == B_PER).mapToInt(m -> m[1]).sum()).isPositive();
    assertThat(moves.stream().filter(m -> m[0] == U_PER).mapToInt(m -> m[1]).sum()).isNegative();
  }
}
