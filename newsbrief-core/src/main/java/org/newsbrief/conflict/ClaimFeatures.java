package org.newsbrief.conflict;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structural features of a candidate disputed claim, read by the claim gate and by its
 * training: one code path for both. Whether the two sides are about the same subject (a person or
 * place both name, through the analysis stage's entities; a named speaker on either side), the same
 * predicate (how many of the words the denial negates the other side states, and whether the
 * negation's head is among them), whether the denial also negates what the other side does not
 * state (a different object), whether they give different numbers, and the overlap the rule reads.
 */
final class ClaimFeatures {
  private ClaimFeatures() {}

  /** Names of the features, in the order of {@link #of}. */
  static final List<String> NAMES =
      List.of(
          "dice",
          "shared_words",
          "denied_words",
          "denied_heads",
          "unstated_negated",
          "explicit",
          "denier_speaker",
          "affirmer_speaker",
          "same_article",
          "shared_name",
          "both_name",
          "matter_clash",
          "numbers_differ",
          "numbers_shared",
          "rule");

  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d[\\d,.]*(?![\\w])");

  /** The features of the pair {@code affirms} / {@code denies} whose matters are given. */
  static double[] of(
      Statement affirms, Statement denies, SameMatter.Matter ma, SameMatter.Matter md) {
    Set<String> shared = new HashSet<>(affirms.words());
    shared.retainAll(denies.words());
    Set<String> denied = Contradictions.denied(affirms, denies);
    Set<String> deniedHeads = new HashSet<>(denied);
    deniedHeads.retainAll(denies.heads());
    Set<String> unstated = new HashSet<>(denies.negated());
    unstated.removeAll(affirms.words());
    unstated.removeIf(w -> ClaimWords.STOP.contains(w));
    Set<String> na = numbers(affirms.text());
    Set<String> nd = numbers(denies.text());
    Set<String> nShared = new HashSet<>(na);
    nShared.retainAll(nd);
    double dice = 2.0 * shared.size() / Math.max(1, affirms.words().size() + denies.words().size());
    boolean clash = ma.clashes(md);
    return new double[] {
      dice,
      Math.log1p(shared.size()),
      Math.log1p(denied.size()),
      Math.log1p(deniedHeads.size()),
      denies.negated().isEmpty() ? 0 : unstated.size() / (double) denies.negated().size(),
      denies.explicit() ? 1 : 0,
      denies.speaker().isEmpty() ? 0 : 1,
      affirms.speaker().isEmpty() ? 0 : 1,
      affirms.article().equals(denies.article()) ? 1 : 0,
      ma.sharesName(md) ? 1 : 0,
      ma.namesAny() && md.namesAny() ? 1 : 0,
      clash ? 1 : 0,
      !na.isEmpty() && !nd.isEmpty() && nShared.isEmpty() ? 1 : 0,
      nShared.isEmpty() ? 0 : 1,
      Contradictions.score(affirms, denies) > 0 && !clash ? 1 : 0
    };
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }
}
