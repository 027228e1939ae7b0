package org.newsbrief.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void tokensKeepInnerApostrophes() {
    assertThat(Words.tokens("Iran’s ministry isn't sure: 3 talks."))
        .containsExactly("iran's", "ministry", "isn't", "sure", "3", "talks");
  }

  @Test
  void stemsJoinInflections() {
    assertThat(Words.stem("denies")).isEqualTo("deny");
    assertThat(Words.stem("denied")).isEqualTo("deny");
    assertThat(Words.stem("deny")).isEqualTo("deny");
    assertThat(Words.stem("talks")).isEqualTo(Words.stem("talking")).isEqualTo("talk");
    assertThat(Words.stem("photoshopped")).isEqualTo("photoshop");
    assertThat(Words.stem("iran's")).isEqualTo("iran");
    assertThat(Words.stem("nothing")).isEqualTo("nothing");
    assertThat(Words.stem("was")).isEqualTo("was");
  }

  @Test
  void negations() {
    assertThat(Words.negation("isn't")).isTrue();
    assertThat(Words.negation("never")).isTrue();
    assertThat(Words.negation("note")).isFalse();
  }
}
