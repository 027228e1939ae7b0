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

  /** Never "surely not" when the lower-case join holds a word (random names, seed 19). */
  @Test
  void isSurelyNotInAJoinOnlyWhenTheJoinHoldsNoWord() {
    Keywords words = Keywords.of(WORDS);
    String alphabet = "comentadrlv-Ç CMNİ";
    java.util.Random random = new java.util.Random(19);
    int told = 0;
    for (int i = 0; i < 20_000; i++) {
      String a = randomName(random, alphabet);
      String b = randomName(random, alphabet);
      boolean held = words.foundIn((a + " " + b).toLowerCase(java.util.Locale.ROOT));
      if (words.surelyNotInJoin(a, b)) {
        told++;
        assertThat(held).as("'%s' '%s'", a, b).isFalse();
      }
    }
    assertThat(told).as("tells most lower-case pairs").isGreaterThan(1000);
    assertThat(Keywords.of("side bar|nav").surelyNotInJoin("side", "bar")).isFalse();
  }

  private static String randomName(java.util.Random random, String alphabet) {
    StringBuilder name = new StringBuilder();
    for (int k = random.nextInt(9); k > 0; k--) {
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }
}
