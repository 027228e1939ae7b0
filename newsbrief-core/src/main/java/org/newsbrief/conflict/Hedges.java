package org.newsbrief.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence asks, wishes, plans or supposes rather than states ("Talks could resume if
 * Iran agrees", "called for talks"): such a sentence neither states nor denies what it mentions, so
 * {@link Statement} does not read it as a claim. Split from {@link Negations}, which says which
 * words a negation governs.
 */
final class Hedges {
  private static final Set<String> HEDGES =
      Negations.words(
          "if whether would could might may possible possibly asked urged demanded wants hopes hopefully "
              + " hope hoped hoping plan plans proposed unless should perhaps allegedly demand "
              + " demands request requests requested seek seeks sought offered wanted");

  private Hedges() {}

  /**
   * True when the sentence asks, wishes, plans or supposes rather than states: a hedge word, also
   * in a contracted negation ("he wouldn't allow", as "he would not allow").
   */
  static boolean hedged(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      if (HEDGES.contains(w)
          || HEDGES.contains(withoutNegation(w))
          || w.equals("called")
              && i + 1 < tokens.size()
              && lower(tokens.get(i + 1)).equals("for")) {
        return true;
      }
    }
    return false;
  }

  /** A contracted negation's modal ("wouldn't", "couldn’t": "would", "could"), else the word. */
  private static String withoutNegation(String word) {
    return word.endsWith("n't") || word.endsWith("n’t")
        ? word.substring(0, word.length() - 3)
        : word;
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
