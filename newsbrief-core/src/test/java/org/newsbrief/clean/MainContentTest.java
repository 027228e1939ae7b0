package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MainContentTest {
  @Test
  void countsCommaPiecesAsSplitDoes() {
    assertThat(MainContent.commaPieces("")).isEqualTo(1);
    assertThat(MainContent.commaPieces(",,")).isZero();
    assertThat(MainContent.commaPieces("a,,b,,")).isEqualTo(3);
    Random random = new Random(19);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(",ab ,".charAt(random.nextInt(5)));
      }
      String s = text.toString();
      assertThat(MainContent.commaPieces(s)).as("'%s'", s).isEqualTo(s.split(",").length);
    }
  }
}
