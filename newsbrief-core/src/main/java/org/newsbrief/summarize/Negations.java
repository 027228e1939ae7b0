package org.newsbrief.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words of a sentence a negation or denial governs. Negators ("no", "not", "never", "n't",
 * "without") govern the next two content words of their clause ("no [military coordination] with
 * Iran", not "Iran"; of "no", only the noun head). Explicit denials ({@link #explicit}) govern the
 * reported claim after them ("denied that ...", "rejected reports that ..."), the first words of a
 * denied object ("denied wrongdoing"), or, for falsity said of something ("... is false", "is not
 * true"), the words before them in their clause and a few after. "rejected a pay package" and
 * "false testimony" deny no claim. Fixed phrases that do not negate ("no secret", "not only", "no
 * doubt", "not without") are skipped.
 */
final class Negations {
  private static final Set<String> NEGATORS =
      words("no not never none nothing neither nor cannot without");
  private static final Set<String> DENIALS =
      words(
          "deny denies denied denying denial denials reject rejects rejected rejecting "
              + " dismissed dismisses refuted refutes disputed disputes debunked contradicted "
              + " contradicts");
  private static final Set<String> FALSITY =
      words(
          "false falsely untrue hoax fake baseless unfounded fabricated bogus inaccurate "
              + " incorrect groundless fabrication");
  private static final Set<String> TRUTH = Set.of("true", "accurate", "correct");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
  private static final Set<String> COPULAS =
      words("is are was were be been being it's seems appears");
  private static final Set<String> INTENSIFIERS =
      words("a an completely totally entirely simply utterly all largely");
  private static final Set<String> NOT_NEGATING =
      words("secret only doubt without just less longer matter");
  private static final Set<String> CLAUSE_ENDS =
      Set.of("but", "though", "although", "however", "while", "whereas", "yet");
  private static final Set<String> HEDGES =
      words(
          "if whether would could might may possible possibly asked urged demanded wants hopes "
              + " hope plan plans proposed unless should perhaps allegedly demand demands request "
              + " requests requested seek seeks sought offered wanted");
  private static final Set<String> CLAIM_NOUNS =
      words(
          "that reports claims allegations accusations suggestions rumors rumours charges "
              + " speculation out report claim allegation suggestion rumor rumour story stories "
              + " accounts account notion idea");
  private static final int NEGATOR_SCOPE = 7;
  private static final int NEGATED_HEADS = 2;
  private static final int DENIAL_SCOPE = 14;
  private static final int FALSITY_BEFORE = 12;
  private static final int FALSITY_AFTER = 5;

  private Negations() {}

  /** The words of a space-separated list. */
  static Set<String> words(String list) {
    return Set.of(list.strip().split("\\s+"));
  }

  /** True when the lower-cased {@code word} is a negation, denial or falsity cue. */
  static boolean cue(String word) {
    return NEGATORS.contains(word)
        || DENIALS.contains(word)
        || FALSITY.contains(word)
        || word.endsWith("n't")
        || word.endsWith("n’t");
  }

  /** For each token of {@code tokens}, whether a negation or denial in the sentence governs it. */
  static boolean[] scope(List<String> tokens) {
    boolean[] negated = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
      boolean negator = NEGATORS.contains(w) || w.endsWith("n't") || w.endsWith("n’t");
      if (negator && NOT_NEGATING.contains(next)) {
        i++;
        continue;
      }
      switch (explicit(tokens, i)) {
        case FALSE_BEFORE -> {
          mark(tokens, negated, i, -FALSITY_BEFORE, FALSITY_BEFORE);
          mark(tokens, negated, i, FALSITY_AFTER, FALSITY_AFTER);
        }
        case CLAIM_AFTER -> mark(tokens, negated, i, DENIAL_SCOPE, DENIAL_SCOPE);
        case OBJECT_AFTER -> mark(tokens, negated, i, DENIAL_SCOPE, NEGATED_HEADS);
        default -> {
          if (negator) {
            mark(tokens, negated, i, NEGATOR_SCOPE, NEGATED_HEADS);
            if (w.equals("no")) {
              keepNounHead(tokens, negated, i);
            }
          }
        }
      }
    }
    return negated;
  }

  /** What an explicit denial at token {@code i} denies. */
  enum Denial {
    NONE,
    /** "X is false", "X is not true": the words before. */
    FALSE_BEFORE,
    /** "denied that X", "rejected reports that X", "false claims that X": the clause after. */
    CLAIM_AFTER,
    /** "denied wrongdoing": the object's first words. */
    OBJECT_AFTER
  }

  /**
   * The explicit denial at token {@code i}: a "deny" verb; "reject", "dismiss", "dispute" or
   * "refute" with a reported claim after it; or a falsity word said of something ("is false", "is
   * not true", "dismissed as baseless") or of claims ("false reports that").
   */
  static Denial explicit(List<String> tokens, int i) {
    String w = lower(tokens.get(i));
    String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
    String prev = previous(tokens, i);
    boolean negator = w.equals("not") || w.endsWith("n't") || w.endsWith("n’t");
    if (negator && TRUTH.contains(next)
        || FALSITY.contains(w) && (COPULAS.contains(prev) || prev.equals("as"))) {
      return Denial.FALSE_BEFORE;
    }
    boolean claim = CLAIM_NOUNS.contains(next) || w.equals("ruled") && next.equals("out");
    if (FALSITY.contains(w) && claim || DENIALS.contains(w) && claim) {
      return Denial.CLAIM_AFTER;
    }
    return w.startsWith("deni") || w.startsWith("deny") ? Denial.OBJECT_AFTER : Denial.NONE;
  }

  /** Whether the sentence denies explicitly, not only by negating. */
  static boolean explicit(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (explicit(tokens, i) != Denial.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The token before {@code i}, skipping articles and intensifiers, lower-cased; or "". */
  private static String previous(List<String> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String w = lower(tokens.get(j));
      if (!INTENSIFIERS.contains(w)) {
        return w;
      }
    }
    return "";
  }

  /**
   * "no" negates a noun phrase: of "no military coordination", the head "coordination", not the
   * modifier "military" (which may well be stated elsewhere, as in "military officials").
   */
  private static void keepNounHead(List<String> tokens, boolean[] negated, int at) {
    int j = at + 1;
    while (j < tokens.size() && negated[j] && ClaimWords.key(tokens.get(j)).isEmpty()) {
      j++;
    }
    if (j + 1 < tokens.size() && negated[j + 1] && !ClaimWords.key(tokens.get(j + 1)).isEmpty()) {
      negated[j] = false;
    }
  }

  /** True when the sentence asks, wishes, plans or supposes rather than states. */
  static boolean hedged(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      if (HEDGES.contains(w)
          || w.equals("called")
              && i + 1 < tokens.size()
              && lower(tokens.get(i + 1)).equals("for")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks up to {@code span} tokens after (or, negative, before) {@code at} within its clause, and
   * at most {@code words} content words.
   */
  private static void mark(List<String> tokens, boolean[] negated, int at, int span, int words) {
    int step = span > 0 ? 1 : -1;
    int content = 0;
    for (int k = 1; k <= Math.abs(span) && content < words; k++) {
      int j = at + step * k;
      if (j < 0 || j >= tokens.size()) {
        return;
      }
      String w = lower(tokens.get(j));
      if (ClaimWords.punctuation(w) && !w.equals("\"")
          || CLAUSE_ENDS.contains(w)
          || step < 0 && RELATIVES.contains(w)) {
        return;
      }
      negated[j] = true;
      content += ClaimWords.key(tokens.get(j)).isEmpty() ? 0 : 1;
    }
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
