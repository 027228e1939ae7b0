package org.newsbrief.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselineFeaturesTest {
  @Test
  void matchesHandComputedValues() {
    double[] x = new double[BaselineFeatures.COUNT];
    BaselineFeatures.fill(
        new Claim("Police deny the hoax"), new Body("Police said the hoax was real."), x, 0);

    // stems {police, deny, the, hoax} and {police, said, the, hoax, was, real}: 3 shared of 7
    assertThat(x[0]).isCloseTo(3.0 / 7, within(1e-12));
    double[] refuting = new double[15];
    refuting[2] = 1; // hoax
    refuting[4] = 1; // deny
    double[] rest = {
      0,
      1, // polarity: claim has 2 refuting words, body 1
      3,
      3, // claim tokens police, the, hoax in the body and its opening
      2,
      2, // claim content tokens police, hoax
      10,
      10,
      10, // char 2-grams of "police deny hoax" in the body, first 255 and 100 chars
      0,
      0,
      0, // char 8-grams
      6,
      6,
      6, // char 4-grams: poli olic lice "ice " " hoa" hoax
      0,
      0,
      0, // char 16-gram
      1,
      1, // word 2-gram "the hoax"
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0 // word 3..6-grams
    };
    for (int i = 0; i < 15; i++) {
      assertThat(x[1 + i]).as("refuting " + Cues.REFUTING.get(i)).isEqualTo(refuting[i]);
    }
    for (int i = 0; i < rest.length; i++) {
      assertThat(x[16 + i]).as("feature " + (16 + i)).isEqualTo(rest[i]);
    }
  }
}
