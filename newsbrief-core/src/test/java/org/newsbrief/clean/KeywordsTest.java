package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordsTest {
  private static final String WORDS = "comment|ad-break|nav|com-|related";

  @Test
  void findsAWordAnywhereInAName() {
    Keywords words = Keywords.of(WORDS);

    assertThat(words.foundIn("article-comments")).isTrue();
    assertThat(words.foundIn("site-nav")).isTrue();
    assertThat(words.foundIn("canvas")).isFalse();
    assertThat(words.foundIn("story-body")).isFalse();
    assertThat(words.foundIn("")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"article-comments main", "", " ", "navbar", "com-ad", "body text", "unrelated"})
  void answersLikeTheRegexAlternationItReplaces(String names) {
    boolean regex = Pattern.compile(WORDS).matcher(names).find();

    assertThat(Keywords.of(WORDS).foundIn(names)).isEqualTo(regex);
  }

  @Test
  void refusesWordsThatAreNotLowerCaseLiterals() {
    assertThatThrownBy(() -> Keywords.of("Comment|nav"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keywords.of("nav||foot")).isInstanceOf(IllegalArgumentException.class);
  }
}
