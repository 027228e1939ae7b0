package org.newsbrief.stance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that signal a stance: the FNC-1 refuting words, negation, denial, hedging and assertion.
 * The cue sets hold stems, so "denied", "denies" and "deny" are one cue.
 */
final class Cues {
  private Cues() {}

  /** The FNC-1 official baseline's refuting words (tokens, not stems), in its feature order. */
  static final List<String> REFUTING =
      List.of(
          "fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope", "doubt",
          "doubts", "bogus", "debunk", "pranks", "retract");

  /** Stems of words that call a claim untrue. */
  static final Set<String> DENIALS =
      stems(
          "deny denied denial refute refuted debunk debunked false fake hoax untrue myth fabricated"
              + " bogus baseless dismissed rejected satire satirical prank doctored photoshopped"
              + " misleading incorrect wrong retract retracted scam fraud fiction spoof lie lies"
              + " nonsense unfounded disproved contradicts");

  /** Stems of words that report a claim without vouching for it. */
  static final Set<String> HEDGES =
      stems(
          "reported reportedly alleged allegedly claims claimed according rumor rumors rumour"
              + " unconfirmed unverified purportedly purported apparently may might could possibly"
              + " appears suggests speculation if whether believed seems");

  /** Stems of words that vouch for a claim. */
  static final Set<String> ASSERTIONS =
      stems(
          "confirmed confirms announced revealed official officially indeed shows proved proof"
              + " evidence verified true actually real definitely");

  private static Set<String> stems(String words) {
    return Words.stems(List.of(words.split(" "))).stream().collect(Collectors.toUnmodifiableSet());
  }
}
