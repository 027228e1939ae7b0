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

  private final boolean spaced;

  private Keywords(List<String> words) {
    this.words = words.toArray(new String[0]);
    this.spaced = words.stream().anyMatch(w -> w.contains(" "));
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

  /**
   * Whether {@code (a + " " + b).toLowerCase(Locale.ROOT)} surely holds none of the words, told
   * without copying when both are written in lower-case ASCII (then the lower-case join is the two
   * texts and a space, and no word holds a space); false when it cannot tell so (also when a word
   * holds a space).
   */
  boolean surelyNotInJoin(String a, String b) {
    return !spaced && isLowerAscii(a) && isLowerAscii(b) && !foundIn(a) && !foundIn(b);
  }

  private static boolean isLowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
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
