package org.newsbrief.clean;

import java.util.List;
import java.util.Locale;

/**
 * A set of words that a class or id name may contain anywhere ("comment" in "article-comments"),
 * tested with plain substring searches: the same answer as a regex alternation of the words with
 * {@code find()}, without trying every alternative at every position of the name.
 */
final class Keywords {
  private final String[] words;

  private Keywords(List<String> words) {
    this.words = words.toArray(new String[0]);
  }

  /** The words of {@code alternation}, lower-case literals separated by {@code |}. */
  static Keywords of(String alternation) {
    List<String> words = List.of(alternation.split("\\|"));
    for (String w : words) {
      if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not a lower-case word: '" + w + "'");
      }
    }
    return new Keywords(words);
  }

  /** Whether {@code text} contains one of the words. */
  boolean foundIn(String text) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
