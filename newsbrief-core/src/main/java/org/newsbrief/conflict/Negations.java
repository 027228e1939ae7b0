package org.newsbrief.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words of a sentence a negation or denial governs. Negators ("no", "not", "never", "n't")
 * govern the next two content words of their clause ("no [military coordination] with Iran", not
 * "Iran"; of "no", only the noun head); the first of them is the negated predicate, its head.
 * Explicit denials ({@link Denials}) govern the reported claim after them ("denied that ..."), the
 * first words of a denied object ("denied wrongdoing"), or, for falsity said of something ("... is
 * false", "is not true"), the words before them in their clause and a few after. Negations that
 * make no claim are skipped: fixed phrases ("no secret", "not only", "not without") and those of a
 * verb of knowing, saying or disclosing ({@link NonClaims}: "did not know", "would not reveal", "no
 * comment"). Negative implicatives ({@link Implicatives}: "was unable to verify", "without having")
 * state nothing about the words they govern: those are neither stated nor denied.
 */
final class Negations {
  /** A mark: a negation or denial governs the token. */
  static final byte NEGATED = 1;

  /** A mark: the token is also the negated predicate (or a word of a denied claim). */
  static final byte HEAD = 2;

  /** A mark: a negation that makes no claim governs the token ("did not know of threats"). */
  static final byte UNCLAIMED = 4;

  private static final Set<String> NEGATORS =
      words("no not never none nothing nobody neither nor cannot");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");

  private static final Set<String> NOT_NEGATING =
      words("secret only doubt without just less longer matter");
  private static final Set<String> CLAUSE_ENDS =
      Set.of("but", "though", "although", "however", "while", "whereas", "yet");
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
    return negator(word) || Denials.cue(word) || word.equals("without");
  }

  /** True when the lower-cased {@code word} is a negator ("not", "no", "never", "didn't"). */
  static boolean negator(String word) {
    return NEGATORS.contains(word) || word.endsWith("n't") || word.endsWith("n’t");
  }

  /** For each token of {@code tokens}, whether a negation or denial in the sentence governs it. */
  static boolean[] scope(List<String> tokens) {
    byte[] marks = marks(tokens);
    boolean[] negated = new boolean[marks.length];
    for (int i = 0; i < marks.length; i++) {
      negated[i] = (marks[i] & NEGATED) != 0;
    }
    return negated;
  }

  /**
   * For each token of {@code tokens}, 0, or {@link #NEGATED} when a negation or denial governs it,
   * with {@link #HEAD} when it is the negated predicate or a word of a denied claim.
   */
  static byte[] marks(List<String> tokens) {
    byte[] marks = new byte[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
      boolean negator = negator(w);
      if (negator && (NOT_NEGATING.contains(next) || Denials.cue(next))) {
        i++; // "not only", "did not deny": no claim denied
        continue;
      }
      switch (Denials.at(tokens, i)) {
        case FALSE_BEFORE -> {
          mark(tokens, marks, i, -FALSITY_BEFORE, FALSITY_BEFORE, true);
          mark(tokens, marks, i, FALSITY_AFTER, FALSITY_AFTER, true);
        }
        case CLAIM_AFTER -> {
          // "the hoax story that X", "denied reports that X": X is denied, not the story itself
          int from = Denials.claimNoun(next) ? i + 1 : i;
          mark(tokens, marks, from, DENIAL_SCOPE, DENIAL_SCOPE, true);
        }
        case OBJECT_AFTER -> mark(tokens, marks, i, DENIAL_SCOPE, NEGATED_HEADS, false);
        default -> {
          if (negator && NonClaims.governs(tokens, i) || !negator && Implicatives.at(tokens, i)) {
            unclaim(tokens, marks, i);
          } else if (negator) {
            mark(tokens, marks, i, NEGATOR_SCOPE, NEGATED_HEADS, false);
            if (w.equals("no")) {
              keepNounHead(tokens, marks, i);
            }
          }
        }
      }
    }
    return marks;
  }

  /**
   * Marks the clause after a negation that makes no claim: its words are neither denied nor stated
   * ("he did not know of any threats" states no threats).
   */
  private static void unclaim(List<String> tokens, byte[] marks, int at) {
    byte[] scope = new byte[marks.length];
    mark(tokens, scope, at, NEGATOR_SCOPE, NEGATOR_SCOPE, false);
    for (int j = 0; j < scope.length; j++) {
      marks[j] |= scope[j] != 0 ? UNCLAIMED : 0;
    }
  }

  /** Whether the sentence denies explicitly, not only by negating. */
  static boolean explicit(List<String> tokens) {
    return Denials.any(tokens);
  }

  /**
   * "no" negates a noun phrase: of "no military coordination", the head "coordination", not the
   * modifier "military" (which may well be stated elsewhere, as in "military officials").
   */
  private static void keepNounHead(List<String> tokens, byte[] marks, int at) {
    int j = at + 1;
    while (j < tokens.size()
        && (marks[j] & NEGATED) != 0
        && ClaimWords.key(tokens.get(j)).isEmpty()) {
      j++;
    }
    if (j + 1 < tokens.size()
        && (marks[j + 1] & NEGATED) != 0
        && !ClaimWords.key(tokens.get(j + 1)).isEmpty()) {
      marks[j] &= UNCLAIMED;
      marks[j + 1] |= HEAD;
    }
  }

  /**
   * Marks up to {@code span} tokens after (or, negative, before) {@code at} within its clause, and
   * at most {@code words} content words: the first of them, or all when {@code allHeads}, as heads.
   */
  private static void mark(
      List<String> tokens, byte[] marks, int at, int span, int words, boolean allHeads) {
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
      boolean word = !ClaimWords.key(tokens.get(j)).isEmpty();
      marks[j] |= word && (allHeads || content == 0) ? NEGATED | HEAD : NEGATED;
      content += word ? 1 : 0;
    }
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
