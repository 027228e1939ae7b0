package org.newsbrief.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Negations that state no claim about the story: of a verb of knowing, thinking, saying or
 * disclosing ("I didn't know", "he didn't realize", "she would not reveal why", "police did not
 * immediately respond", "no comment", "it was not clear"), or that only put something off ("not
 * until"). Their negated words are not what the source denies, so sharing them with another
 * sentence is no conflict.
 */
final class NonClaims {
  /** Words that may stand between a negator and its verb. */
  private static final Set<String> BETWEEN =
      Negations.words(
          "be been being have has had to a an any immediate immediately yet publicly officially"
              + " fully directly even really exactly entirely quite");

  /** Stems of verbs and adjectives of knowing, saying and disclosing. */
  private static final List<String> STEMS =
      List.of(
          "know",
          "knew",
          "realiz",
          "realis",
          "imagin",
          "think",
          "thought",
          "believ",
          "rememb",
          "recall",
          "reveal",
          "disclos",
          "comment",
          "elaborat",
          "identif",
          "speculat",
          "respond",
          "say",
          "said",
          "tell",
          "told",
          "expect",
          "want",
          "wish",
          "detail",
          "understand",
          "understood");

  /** Adjectives of knowing, matched whole ("not clear", but "not cleared" is a claim). */
  private static final Set<String> WHOLE = Negations.words("sure clear certain aware unclear");

  private static final int LOOK_AHEAD = 4;
  private static final int UNTIL_SCOPE = 8;

  private NonClaims() {}

  /**
   * Whether the negator at token {@code i} negates a verb of knowing, saying or disclosing, or only
   * puts off what it negates ("did not meet him until this year": they met).
   */
  static boolean governs(List<String> tokens, int i) {
    for (int j = i + 1; j < tokens.size() && j <= i + UNTIL_SCOPE; j++) {
      String w = tokens.get(j).toLowerCase(Locale.ROOT);
      if (w.equals("until") || w.equals("till")) {
        return true;
      }
    }
    for (int j = i + 1; j < tokens.size() && j <= i + LOOK_AHEAD; j++) {
      String w = tokens.get(j).toLowerCase(Locale.ROOT);
      if (!BETWEEN.contains(w)) {
        return WHOLE.contains(w) || STEMS.stream().anyMatch(w::startsWith);
      }
    }
    return false;
  }
}
