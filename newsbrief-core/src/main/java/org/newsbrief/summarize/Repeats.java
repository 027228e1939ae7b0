package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.summarize.Candidates.Candidate;

/**
 * Whether a candidate states the fact of a chosen sentence: more than half its content words are in
 * it; or at least three and 40% of the shorter one's content words that are not the story's topic
 * (words in more than a third of the window's sentences, which every sentence repeats); or, by
 * meaning, the mean {@link WordVectors} of those non-topic words have a cosine of at least {@code
 * cosine} while they share at least {@code floor} of them ("six dead" and "eight killed").
 *
 * @param cosine the cosine of meaning that makes a repeat (above 1: words only)
 * @param floor the non-topic words a repeat by meaning must still share
 * @param vectors the word vectors
 */
record Repeats(double cosine, int floor, WordVectors vectors) {
  private static final double MAX_OVERLAP = 0.5;
  private static final int SAME_FACT_WORDS = 3;
  private static final double SAME_FACT_SHARE = 0.4;

  /**
   * Not shipped (session 5): on dev300 (peers=false) cosine 0.7 / 0.75 / 0.8 / 0.9 with one shared
   * word gave 0.4306 / 0.1474, 0.4306 / 0.1474, 0.4312 / 0.1480, 0.4311 / 0.1481 against
   * words only 0.4311 / 0.1481; 0.8 then cost LongBench200 0.4500 / 0.1635 -> 0.4499 / 0.1632 and
   * changed no sentence of the blind-read stories, so repeats stay found by words ({@code eval
   * summarize --set repeat_cos=...} tries it).
   */
  static Repeats shipped(WordVectors vectors) {
    return new Repeats(2, 0, vectors);
  }

  boolean any(Candidate c, List<Candidate> chosen) {
    if (c.content().isEmpty()) {
      return false;
    }
    float[] meaning = cosine <= 1 ? vectors.mean(c.facts(), w -> 1) : null;
    for (Candidate other : chosen) {
      long shared = c.content().stream().filter(other.content()::contains).count();
      long sharedFacts = c.facts().stream().filter(other.facts()::contains).count();
      int shorter = Math.min(c.facts().size(), other.facts().size());
      if (shared > MAX_OVERLAP * c.content().size()
          || sharedFacts >= SAME_FACT_WORDS && sharedFacts >= SAME_FACT_SHARE * shorter) {
        return true;
      }
      if (meaning != null && sharedFacts >= floor) {
        float[] theirs = vectors.mean(other.facts(), w -> 1);
        if (theirs != null && WordVectors.cosine(meaning, theirs) >= cosine) {
          return true;
        }
      }
    }
    return false;
  }
}
