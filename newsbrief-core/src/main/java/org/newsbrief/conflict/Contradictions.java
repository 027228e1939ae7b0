package org.newsbrief.conflict;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two sentences contradict: they talk about the same thing (at least {@value #MIN_SHARED}
 * content words in common and a Dice overlap of at least {@value #MIN_DICE}), and one negates or
 * denies a content word that the other states, among them the negated predicate ("did not have a
 * [gun]" against "had a gun", not "was not affiliated with the [store]" against "knew the store");
 * the other negates nothing, and neither hedges ("may", "would", "if", "asked", "plans") or asks.
 *
 * <pre>{@code
 * Contradictions.score("Iran and the US held talks in Geneva.",
 *     "Iran denied that it held talks with the US in Geneva.");  // > 0
 * }</pre>
 */
public final class Contradictions {
  /** Fewest content words the two sentences must share. */
  public static final int MIN_SHARED = 3;

  /**
   * Least Dice overlap of the two sentences' content words: chosen on the hand labels of the FNC-1
   * training stories (docs/labels/claim-conflicts-fnc-train.tsv), where raising it from 0.25 drops
   * 10 false denials and 1 real one; the dev labels were not used to choose it.
   */
  public static final double MIN_DICE = 0.28;

  private Contradictions() {}

  /**
   * The Dice overlap of the two sentences when one contradicts the other, otherwise 0; symmetric.
   */
  public static double score(String a, String b) {
    Statement x = Statement.of("a", a, "");
    Statement y = Statement.of("b", b, "");
    return Math.max(score(x, y), score(y, x));
  }

  /** The content-word overlap of {@code a} and {@code b}, 0 to 1, whether or not they conflict. */
  public static double overlap(String a, String b) {
    return dice(Statement.of("a", a, ""), Statement.of("b", b, ""));
  }

  /**
   * Whether the two sentences name no different people, places or years, speakers aside ({@link
   * SameMatter}); a conflict needs both this and {@link #score(String, String)} {@code > 0}.
   */
  public static boolean sameMatter(String a, String b) {
    return SameMatter.same(a, b);
  }

  /** The overlap when {@code denies} denies what {@code affirms} states, otherwise 0. */
  static double score(Statement affirms, Statement denies) {
    if (!deniesAPredicate(affirms, denies)) {
      return 0;
    }
    Set<String> shared = new HashSet<>(affirms.words());
    shared.retainAll(denies.words());
    double dice = dice(affirms, denies);
    return shared.size() >= MIN_SHARED && dice >= MIN_DICE ? dice : 0;
  }

  /** Fewest shared content words of a candidate pair ({@link ClaimPair}). */
  static final int CANDIDATE_SHARED = 2;

  /** Least Dice overlap of a candidate pair. */
  static final double CANDIDATE_DICE = 0.15;

  /**
   * Whether {@code denies} denies a predicate {@code affirms} states, as {@link #score(Statement,
   * Statement)} requires, with a looser overlap ({@value #CANDIDATE_SHARED} words, Dice {@value
   * #CANDIDATE_DICE}): a candidate pair for labelling.
   */
  static boolean candidate(Statement affirms, Statement denies) {
    if (!deniesAPredicate(affirms, denies)) {
      return false;
    }
    Set<String> shared = new HashSet<>(affirms.words());
    shared.retainAll(denies.words());
    return shared.size() >= CANDIDATE_SHARED && dice(affirms, denies) >= CANDIDATE_DICE;
  }

  /**
   * Whether neither side hedges, {@code affirms} states without negating or reporting an
   * allegation, and {@code denies} negates a predicate {@code affirms} states.
   */
  private static boolean deniesAPredicate(Statement affirms, Statement denies) {
    return !affirms.hedged()
        && !denies.hedged()
        && !affirms.denies()
        && !Denials.reports(affirms.tokens())
        && denies.denies()
        && denied(affirms, denies).stream().anyMatch(denies.heads()::contains);
  }

  /**
   * The words, not names, that {@code denies} negates and {@code affirms} states, never negating.
   */
  static Set<String> denied(Statement affirms, Statement denies) {
    Set<String> denied = new HashSet<>(denies.negated());
    denied.retainAll(affirms.affirmed());
    denied.removeAll(affirms.negated());
    denied.removeAll(affirms.names());
    denied.removeAll(denies.names());
    denied.removeIf(w -> ClaimWords.STOP.contains(w) || w.chars().allMatch(Character::isDigit));
    return denied;
  }

  private static double dice(Statement a, Statement b) {
    if (a.words().isEmpty() || b.words().isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a.words());
    shared.retainAll(b.words());
    return 2.0 * shared.size() / (a.words().size() + b.words().size());
  }
}
