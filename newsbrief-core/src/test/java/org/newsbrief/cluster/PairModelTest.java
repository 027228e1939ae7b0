package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelTest {
  /** Features with the body cosine {@code body} and the names cosine {@code names}. */
  private static double[] pair(double body, double names) {
    return features(body, 0, names, 0, 3);
  }

  /** Features with the given cosines and story size, sharing every name (no new or absent ones). */
  private static double[] features(
      double body, double title, double names, double numbers, int size) {
    double[] x = new double[PairFeatures.NAMES.length];
    double[] given = {1, body, title, names, numbers, Math.log1p(size)};
    System.arraycopy(given, 0, x, 0, given.length);
    return x;
  }

  /** {@code x} with the shares of new and absent names set. */
  private static double[] withNames(double[] x, double added, double absent) {
    double[] out = x.clone();
    out[List.of(PairFeatures.NAMES).indexOf("names_new")] = added;
    out[List.of(PairFeatures.NAMES).indexOf("names_absent")] = absent;
    return out;
  }

  private static double[] weights(double... first) {
    double[] w = new double[PairFeatures.NAMES.length];
    System.arraycopy(first, 0, w, 0, first.length);
    return w;
  }

  @Test
  void fitLearnsThatHigherCosinesMeanTheSameStory() {
    Random random = new Random(7);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean same = random.nextBoolean();
      double body = (same ? 0.55 : 0.35) + 0.15 * random.nextGaussian();
      double names = (same ? 0.6 : 0.1) + 0.2 * random.nextGaussian();
      x.add(pair(body, names));
      y.add(same);
    }

    PairModel model = PairModel.fit(x, y);

    assertThat(model.probability(pair(0.6, 0.7))).isGreaterThan(0.8);
    assertThat(model.probability(pair(0.35, 0.05))).isLessThan(0.2);
    assertThat(model.probability(pair(0.45, 0.7)))
        .isGreaterThan(model.probability(pair(0.45, 0.1)));
  }

  @Test
  void formatAndParseRoundTrip() {
    PairModel model =
        new PairModel(
            weights(-5, 9.5, 1.5, 6, 5.5, -1, -2),
            weights(-1, 10, 2, 2, 2, -4),
            weights(5, 1, 0, 0, 1, -3),
            0.4,
            true);

    PairModel back = PairModel.parse("# a comment\n" + model.format());

    assertThat(back.format()).isEqualTo(model.format());
    assertThat(back.cutoff()).isEqualTo(0.4);
    assertThat(back.merges()).isTrue();
    double[] x = pair(0.5, 0.5);
    assertThat(back.probability(x)).isCloseTo(model.probability(x), within(1e-6));
    assertThat(back.mergeProbability(x)).isCloseTo(model.mergeProbability(x), within(1e-6));
    assertThat(back.splits()).isTrue();
    assertThat(back.splitProbability(x)).isCloseTo(model.splitProbability(x), within(1e-6));
  }

  @Test
  void aStoredRegroupingLinkageRoundTripsAndIsOptional() {
    PairModel plain = PairModel.parse("join.bias\t1\njoin.body\t2\n");
    Regrouping linkage = new Regrouping(0.1, 0.0623, 0.625, 0.168, 0.207);

    PairModel back = PairModel.parse(plain.withRegrouping(linkage).format());

    assertThat(plain.regrouping()).isNull();
    assertThat(back.regrouping()).isEqualTo(linkage);
    assertThat(back.withCutoff(0.4).regrouping()).isEqualTo(linkage);
    assertThat(back.withRegrouping(null).format()).isEqualTo(plain.format());
    assertThatThrownBy(() -> PairModel.parse("join.bias\t1\nregroup.threshold\t0.05\n"))
        .hasMessageContaining("regroup.");
    assertThatThrownBy(() -> PairModel.parse("join.bias\t1\nregroup.colour\t0.05\n"))
        .hasMessageContaining("regroup.colour");
  }

  @Test
  void theShippedModelStoresItsRegroupingLinkage() {
    Regrouping linkage = PairModel.shipped().regrouping();

    assertThat(linkage).isNotNull();
    assertThat(linkage.termShare() + linkage.nameShare() + linkage.numberShare())
        .isCloseTo(1.0, within(1e-4));
  }

  @Test
  void withoutMergeWeightsItNeverMerges() {
    PairModel model = PairModel.parse("join.bias\t1\njoin.body\t2\n");

    assertThat(model.merges()).isFalse();
    assertThat(model.mergeProbability(pair(1, 1))).isZero();
    assertThat(model.splits()).isFalse();
    assertThat(model.splitProbability(pair(0, 0))).isEqualTo(1.0);
    assertThat(model.joins()).isTrue();
    assertThat(model.withJoins(false).joins()).isFalse();
  }

  @Test
  void rejectsMalformedLinesAndEmptyText() {
    assertThatThrownBy(() -> PairModel.parse("join.bias abc\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("join.bias abc");
    assertThatThrownBy(() -> PairModel.parse("join.bias\tnot-a-number\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PairModel.parse("# only a comment\n\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no weights");
  }

  @Test
  void rejectsUnknownFeatures() {
    assertThatThrownBy(() -> PairModel.parse("join.colour\t1\n")).hasMessageContaining("colour");
  }

  @Test
  void theShippedModelFavoursSharedNamesAndNumbers() {
    PairModel shipped = PairModel.shipped();

    assertThat(shipped.merges()).isTrue();
    assertThat(shipped.cutoff()).isEqualTo(PairModel.DEFAULT_CUTOFF);
    double[] shared = withNames(features(0.5, 0.3, 0.7, 0.6, 5), 0.1, 0.2);
    double[] differing = withNames(features(0.5, 0.3, 0.1, 0.0, 5), 0.8, 0.8);
    assertThat(shipped.probability(shared)).isGreaterThan(PairModel.DEFAULT_CUTOFF);
    assertThat(shipped.probability(differing)).isLessThan(PairModel.DEFAULT_CUTOFF);
  }

  @Test
  void theShippedModelSplitsAndCountsAnArticlesUnseenNamesAgainstAJoin() {
    PairModel shipped = PairModel.shipped();
    double[] known = features(0.4, 0.2, 0.4, 0.3, 5);
    double[] unseen = withNames(known, 0.8, 0);

    assertThat(shipped.splits()).isTrue();
    assertThat(shipped.probability(unseen)).isLessThan(shipped.probability(known) - 0.1);
  }
}
