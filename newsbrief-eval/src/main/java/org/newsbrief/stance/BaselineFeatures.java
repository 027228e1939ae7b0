package org.newsbrief.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FNC-1 official baseline's 44 features (fnc-1-baseline, feature_engineering.py): stem overlap
 * (1), refuting words in the claim (15), refuting-word polarity of claim and body (2), and the
 * "hand" features (26): claim tokens found in the body and its opening, with and without stop
 * words; claim character 2/8/4/16-grams found in the body, its first 255 and first 100 characters;
 * claim word 2..6-grams found in the body and its opening. Where the original tests substrings by
 * accident (a token "in" a string) this version tests whole tokens and n-grams.
 */
final class BaselineFeatures {
  static final int COUNT = 44;

  private BaselineFeatures() {}

  static void fill(Claim claim, Body body, double[] out, int at) {
    int i = at;
    out[i++] = overlap(claim, body);
    Set<String> claimTokens = new HashSet<>(claim.tokens);
    for (String word : Cues.REFUTING) {
      out[i++] = claimTokens.contains(word) ? 1 : 0;
    }
    out[i++] = polarity(claim.tokens);
    out[i++] = polarity(body.tokens);
    i = cooccurrence(claim.tokens, body, out, i);
    i = cooccurrence(claim.contentTokens, body, out, i);
    String early = body.clean.substring(0, Math.min(Body.EARLY, body.clean.length()));
    String first = body.clean.substring(0, Math.min(Body.FIRST, body.clean.length()));
    for (int g = 0; g < Body.CHAR_GRAMS.length; g++) {
      int n = Body.CHAR_GRAMS[g];
      long[] grams = body.charGrams[g];
      String text = claim.contentString;
      int hits = 0;
      int earlyHits = 0;
      int firstHits = 0;
      for (int s = 0; s + n <= text.length(); s++) {
        String gram = text.substring(s, s + n);
        hits += Body.contains(grams, Words.hash(gram, 0, n)) ? 1 : 0;
        earlyHits += early.contains(gram) ? 1 : 0;
        firstHits += first.contains(gram) ? 1 : 0;
      }
      out[i++] = hits;
      out[i++] = earlyHits;
      out[i++] = firstHits;
    }
    for (int g = 0; g < Body.WORD_GRAMS.length; g++) {
      int n = Body.WORD_GRAMS[g];
      long[] grams = body.wordGrams[g];
      long[] earlyGrams = body.earlyWordGrams[g];
      int hits = 0;
      int earlyHits = 0;
      for (int s = 0; s + n <= claim.tokens.size(); s++) {
        long key = Words.hash(claim.tokens, s, s + n);
        hits += Body.contains(grams, key) ? 1 : 0;
        earlyHits += Body.contains(earlyGrams, key) ? 1 : 0;
      }
      out[i++] = hits;
      out[i++] = earlyHits;
    }
    if (i != at + COUNT) {
      throw new IllegalStateException("baseline features filled " + (i - at) + " slots");
    }
  }

  private static double overlap(Claim claim, Body body) {
    Set<String> union = new HashSet<>(claim.stems);
    int shared = 0;
    for (String s : union) {
      shared += body.stemSet.contains(s) ? 1 : 0;
    }
    int unionSize = union.size() + body.stemSet.size() - shared;
    return unionSize == 0 ? 0 : shared / (double) unionSize;
  }

  private static double polarity(List<String> tokens) {
    int refuting = 0;
    for (String t : tokens) {
      refuting += Cues.REFUTING.contains(t) ? 1 : 0;
    }
    return refuting % 2;
  }

  private static int cooccurrence(List<String> claimTokens, Body body, double[] out, int i) {
    int all = 0;
    int early = 0;
    for (String t : claimTokens) {
      all += body.tokenSet.contains(t) ? 1 : 0;
      early += body.earlyTokens.contains(t) ? 1 : 0;
    }
    out[i] = all;
    out[i + 1] = early;
    return i + 2;
  }
}
