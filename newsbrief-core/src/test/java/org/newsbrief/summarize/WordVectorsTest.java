package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
  private static final WordVectors TABLE =
      new WordVectors(
          Map.of(
              "fire", new float[] {1, 0, 0},
              "blaze", new float[] {0.9f, 0.1f, 0},
              "prices", new float[] {0, 0, 1}),
          3);

  @Test
  void writtenVectorsReadBackWithinTheirInt8Step() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABLE.write(out);
    WordVectors back = WordVectors.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(back.size()).isEqualTo(3);
    assertThat(back.dims()).isEqualTo(3);
    float[] blaze = back.mean(List.of("blaze"), w -> 1);
    assertThat(blaze).isNotNull();
    assertThat(blaze[0]).isCloseTo(0.9939f, within(0.01f));
    assertThat(blaze[1]).isCloseTo(0.1104f, within(0.01f));
  }

  @Test
  void aSentenceMeansTheWeightedMeanOfTheWordsItHasVectorsFor() {
    float[] fire = TABLE.mean(List.of("fire", "unknown"), w -> 1);
    float[] blaze = TABLE.mean(List.of("blaze"), w -> 1);
    float[] prices = TABLE.mean(List.of("prices"), w -> 1);

    assertThat(WordVectors.cosine(fire, blaze)).isGreaterThan(0.99);
    assertThat(WordVectors.cosine(fire, prices)).isZero();
    assertThat(TABLE.mean(List.of("unknown"), w -> 1)).isNull();
    assertThat(WordVectors.none().mean(List.of("fire"), w -> 1)).isNull();
  }
}
