package org.newsbrief.conflict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Negative implicatives: words that say something did not happen without a negator ("was unable to
 * verify", "has yet to find", "failed to report", "refused to acknowledge", "without having",
 * "rather than through", "lacks"). A sentence that reads "CNN was unable to verify the tape" does
 * not state that the tape was verified, so it cannot be the affirming side against "CNN has not
 * verified the tape": the words such a cue governs are neither stated nor denied ({@link
 * Negations#UNCLAIMED}).
 */
final class Implicatives {
  /** Verbs that say their "to" complement did not happen. */
  private static final Set<String> BEFORE_TO =
      Negations.words(
          "unable fail fails failed failing refuse refuses refused refusing decline declines declined"
              + " declining neglect neglects neglected yet");

  /** Words that deny what follows them on their own. */
  private static final Set<String> ALONE = Negations.words("without lack lacks lacked lacking");

  private Implicatives() {}

  /** Whether the token at {@code i} is a negative implicative governing the words after it. */
  static boolean at(List<String> tokens, int i) {
    String w = lower(tokens.get(i));
    String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
    String previous = i > 0 ? lower(tokens.get(i - 1)) : "";
    return ALONE.contains(w)
        || BEFORE_TO.contains(w) && next.equals("to")
        || w.equals("than") && previous.equals("rather")
        || w.equals("of") && previous.equals("instead");
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
