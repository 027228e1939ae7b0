package org.newsbrief.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueFeaturesTest {
  private static final Idf IDF = Idf.of(List.of("kim jong un", "kim is alive", "media"));
  private static final Claim CLAIM = new Claim("Kim Jong Un is dead");

  private static double[] features(String body) {
    double[] x = new double[CueFeatures.COUNT];
    CueFeatures.fill(CLAIM, new Body(body), IDF, x, 0);
    return x;
  }

  @Test
  void denialNearClaimTermsAndAssertionsInBestSentences() {
    double[] denied = features("Reports that Kim Jong Un is dead are false, his aides said.");
    double[] confirmed = features("Kim Jong Un is dead, state media confirmed.");
    double[] other = features("Floods hit Gaza after heavy rain.");

    assertThat(denied[11]).as("denial near a claim term").isPositive();
    assertThat(confirmed[11]).isZero();
    assertThat(confirmed[9]).as("assertions in the best sentences").isPositive();
    assertThat(denied[9]).isZero();
    assertThat(confirmed[1]).as("claim coverage").isEqualTo(1.0);
    assertThat(other[1]).isZero();
    assertThat(confirmed[0]).as("tf-idf cosine").isGreaterThan(other[0]);
  }

  @Test
  void negationNearClaimTerms() {
    assertThat(features("Kim Jong Un is not dead, his aides insist.")[10]).isPositive();
    assertThat(features("Kim Jong Un is dead.")[10]).isZero();
  }
}
