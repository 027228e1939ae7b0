package org.newsbrief.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Explicit denials: a "deny" verb with a claim or an object ("denied that ...", "denied
 * wrongdoing"); "reject", "dismiss", "dispute" or "refute" with a reported claim ("rejected reports
 * that ..."); falsity said of something ("... is false", "is not true", "dismissed as baseless",
 * "false reports that"). Not denials: a refusal ("was denied bail", "denied him entry"), a negated
 * denial ("did not deny", "does not dispute"), falsity said of a bare pronoun ("it is a fake",
 * whose claim the sentence does not state), "rejected a pay package", "false testimony".
 */
final class Denials {
  static final Set<String> DENIALS =
      Negations.words(
          "deny denies denied denying denial denials reject rejects rejected rejecting "
              + " dismissed dismisses refuted refutes disputed disputes debunked contradicted "
              + " contradicts dispute refute");
  static final Set<String> FALSITY =
      Negations.words(
          "false falsely untrue hoax fake baseless unfounded fabricated bogus inaccurate "
              + " incorrect groundless fabrication");
  private static final Set<String> TRUTH = Set.of("true", "accurate", "correct");
  private static final Set<String> COPULAS =
      Negations.words("is are was were be been being it's seems appears");
  private static final Set<String> INTENSIFIERS =
      Negations.words("a an completely totally entirely simply utterly all largely");
  private static final Set<String> CLAIM_NOUNS =
      Negations.words(
          "that reports claims allegations accusations suggestions rumors rumours charges "
              + " speculation out report claim allegation suggestion rumor rumour story stories "
              + " accounts account notion idea");

  /** A passive "deny" or one with a person as indirect object is a refusal, not a denial. */
  private static final Set<String> PASSIVE =
      Negations.words("is are was were be been being get got");

  private static final Set<String> PERSONS = Negations.words("him her them me us you");

  /** Subjects that point back to a claim the sentence does not state. */
  private static final Set<String> PRONOUNS =
      Negations.words("it this that these those which what he she they");

  /** Nouns of claims a sentence may report without making them. */
  private static final Set<String> REPORTED =
      Negations.words(
          "allegation allegations accusation accusations rumor rumors rumour rumours speculation"
              + " hoax");

  private Denials() {}

  /** What an explicit denial at a token denies. */
  enum Denial {
    NONE,
    /** "X is false", "X is not true": the words before. */
    FALSE_BEFORE,
    /** "denied that X", "rejected reports that X", "false claims that X": the clause after. */
    CLAIM_AFTER,
    /** "denied wrongdoing": the object's first words. */
    OBJECT_AFTER
  }

  /** True when the lower-cased {@code word} is a denial or falsity word. */
  static boolean cue(String word) {
    return DENIALS.contains(word) || FALSITY.contains(word);
  }

  /**
   * Whether the lower-cased {@code word} names a claim a denial can be about ("reports", "story",
   * "that"): the claim is what follows it, the noun itself is not denied.
   */
  static boolean claimNoun(String word) {
    return CLAIM_NOUNS.contains(word);
  }

  /** The explicit denial at token {@code i}, or {@link Denial#NONE}. */
  static Denial at(List<String> tokens, int i) {
    String w = lower(tokens.get(i));
    String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
    int p = previous(tokens, i);
    String prev = p < 0 ? "" : lower(tokens.get(p));
    if (Negations.negator(prev) && (cue(w) || TRUTH.contains(w))) {
      return Denial.NONE; // "did not deny", "not false": the claim stands
    }
    boolean negator = w.equals("not") || w.endsWith("n't") || w.endsWith("n’t");
    if (negator && TRUTH.contains(next)
        || FALSITY.contains(w) && (COPULAS.contains(prev) || prev.equals("as"))) {
      return p > 0 && PRONOUNS.contains(lower(tokens.get(p - 1)))
          ? Denial.NONE
          : Denial.FALSE_BEFORE;
    }
    boolean claim = CLAIM_NOUNS.contains(next) || w.equals("ruled") && next.equals("out");
    if (FALSITY.contains(w) && claim || DENIALS.contains(w) && claim) {
      return Denial.CLAIM_AFTER;
    }
    boolean deny = w.startsWith("deni") || w.startsWith("deny");
    return deny && !PASSIVE.contains(prev) && !PERSONS.contains(next)
        ? Denial.OBJECT_AFTER
        : Denial.NONE;
  }

  /**
   * Whether the sentence reports a claim or calls something false rather than stating it
   * ("addressed the allegations against him", "according to the death hoax, he was found dead").
   */
  static boolean reports(List<String> tokens) {
    for (String t : tokens) {
      String w = lower(t);
      if (REPORTED.contains(w) || cue(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence denies explicitly, not only by negating. */
  static boolean any(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (at(tokens, i) != Denial.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The index of the token before {@code i}, skipping articles and intensifiers; or -1. */
  private static int previous(List<String> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!INTENSIFIERS.contains(lower(tokens.get(j)))) {
        return j;
      }
    }
    return -1;
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
