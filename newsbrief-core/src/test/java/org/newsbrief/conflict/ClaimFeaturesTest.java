package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFeaturesTest {
  private static double feature(double[] f, String name) {
    return f[ClaimFeatures.NAMES.indexOf(name)];
  }

  private static double[] of(String affirms, String denies, String speaker) {
    return ClaimFeatures.of(
        Statement.of("a", affirms, ""),
        Statement.of("b", denies, speaker),
        SameMatter.Matter.NONE,
        SameMatter.Matter.NONE);
  }

  @Test
  void namesEveryFeatureOnce() {
    double[] f = of("Police said the man had a gun.", "His family said he had no gun.", "family");
    assertThat(f).hasSize(ClaimFeatures.NAMES.size());
    assertThat(List.copyOf(new java.util.HashSet<>(ClaimFeatures.NAMES)))
        .hasSameSizeAs(ClaimFeatures.NAMES);
  }

  @Test
  void readsTheRuleTheDeniedPredicateAndTheSpeaker() {
    double[] f =
        of(
            "The State Department confirmed that the United States has been discussing Iraq with"
                + " Iran.",
            "Iran denies that such conversations with the United States about Iraq took place.",
            "Iran");
    assertThat(feature(f, "rule")).isEqualTo(1);
    assertThat(feature(f, "denied_heads")).isPositive();
    assertThat(feature(f, "denier_speaker")).isEqualTo(1);
    assertThat(feature(f, "affirmer_speaker")).isZero();
    assertThat(feature(f, "dice")).isBetween(0.0, 1.0);
  }

  @Test
  void seesNumbersThatDiffer() {
    double[] differ =
        of(
            "Officials said 23 people were killed in the attack on the market.",
            "The ministry denied that 40 people were killed in the attack on the market.",
            "ministry");
    double[] same =
        of(
            "Officials said 23 people were killed in the attack on the market.",
            "The ministry denied that 23 people were killed in the attack on the market.",
            "ministry");
    assertThat(feature(differ, "numbers_differ")).isEqualTo(1);
    assertThat(feature(same, "numbers_differ")).isZero();
    assertThat(feature(same, "numbers_shared")).isEqualTo(1);
  }
}
