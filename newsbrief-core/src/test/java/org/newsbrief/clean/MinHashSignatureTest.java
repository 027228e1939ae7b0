package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  @Test
  void shinglesIgnoreCaseAndPunctuationAndAShortTextIsOneShingle() {
    assertThat(Shingles.of("The fire, it is OUT now!"))
        .isEqualTo(Shingles.of("the fire it is out now"));
    assertThat(Shingles.of("the fire it is out now")).hasSize(2);
    assertThat(Shingles.of("Fire out.")).hasSize(1);
    assertThat(Shingles.of("— …")).isEmpty();
  }

  @Test
  void signaturesEstimateResemblanceWithinThreeStandardDeviations() {
    SplittableRandom random = new SplittableRandom(7);
    for (double target : new double[] {0.2, 0.5, 0.8, 0.95}) {
      // two sets of 1,000 sharing k elements have resemblance k / (2000 - k)
      int shared = (int) Math.round(2000 * target / (1 + target));
      long[] common = random.longs(shared).toArray();
      long[] a = LongStream.concat(LongStream.of(common), random.longs(1000 - shared)).toArray();
      long[] b = LongStream.concat(LongStream.of(common), random.longs(1000 - shared)).toArray();
      double exact = shared / (2000.0 - shared);
      double sd = Math.sqrt(exact * (1 - exact) / MinHashSignature.SIZE);

      double estimate = MinHashSignature.of(a).estimate(MinHashSignature.of(b));

      assertThat(estimate).as("resemblance %s", exact).isCloseTo(exact, within(3 * sd + 1e-9));
    }
  }

  @Test
  void bandingFindsPairsAtTheThresholdAndRarelyFarBelowIt() {
    for (double threshold : new double[] {0.5, 0.8, 0.9}) {
      LshIndex index = LshIndex.forThreshold(threshold);
      assertThat(index.rows() * index.bands()).isLessThanOrEqualTo(MinHashSignature.SIZE);
      assertThat(LshIndex.findProbability(threshold, index.rows(), index.bands()))
          .isGreaterThanOrEqualTo(LshIndex.RECALL_AT_THRESHOLD);
      int wider = index.rows() + 1;
      assertThat(LshIndex.findProbability(threshold, wider, MinHashSignature.SIZE / wider))
          .isLessThan(LshIndex.RECALL_AT_THRESHOLD);
    }
    LshIndex at08 = LshIndex.forThreshold(0.8);
    assertThat(LshIndex.findProbability(0.2, at08.rows(), at08.bands())).isLessThan(0.01);
  }

  @Test
  void theIndexReturnsOnlyTextsThatShareABand() {
    long[] text =
        Shingles.of("Firefighters on Tuesday contained a wildfire that had burned for nine days");
    long[] other =
        Shingles.of("Oil prices fell sharply in Asian trading on Monday morning after the report");
    LshIndex index = LshIndex.forThreshold(0.8);
    index.add(0, MinHashSignature.of(text));
    index.add(1, MinHashSignature.of(other));

    assertThat(index.candidates(MinHashSignature.of(text.clone()))).containsExactly(0);
  }
}
