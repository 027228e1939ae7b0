package org.newsbrief.conflict;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence read for conflicts.
 *
 * @param article id of the article that states it
 * @param text the sentence
 * @param speaker who the sentence attributes it to, or ""
 * @param tokens its tokens
 * @param words keys of its content words, without those naming the speaker
 * @param negated keys of the content words a negation or denial governs
 * @param heads keys of the negated predicates and denied claims' words (of "did not have a gun":
 *     "gun"; of "no military coordination": "coordination")
 * @param affirmed keys of the content words it states without negation
 * @param names keys of the words it only ever capitalises (past its first word): names; none when
 *     most words are capitalised, as in a title-case headline
 * @param explicit whether it denies explicitly ("denied", "is false"), not only negates
 * @param hedged whether it asks, wishes, plans or supposes rather than states
 */
record Statement(
    String article,
    String text,
    String speaker,
    List<String> tokens,
    Set<String> words,
    Set<String> negated,
    Set<String> heads,
    Set<String> affirmed,
    Set<String> names,
    boolean explicit,
    boolean hedged) {
  Statement {
    tokens = List.copyOf(tokens);
    words = Set.copyOf(words);
    negated = Set.copyOf(negated);
    heads = Set.copyOf(heads);
    affirmed = Set.copyOf(affirmed);
    names = Set.copyOf(names);
  }

  static Statement of(String article, String text, String speaker) {
    List<String> tokens = ClaimWords.tokens(text);
    byte[] marks = Negations.marks(tokens);
    Set<String> words = new HashSet<>();
    Set<String> negated = new HashSet<>();
    Set<String> heads = new HashSet<>();
    Set<String> affirmed = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> common = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String key = ClaimWords.key(tokens.get(i));
      if (!key.isEmpty()) {
        words.add(key);
        if ((marks[i] & Negations.NEGATED) != 0) {
          negated.add(key);
        } else if (marks[i] == 0) {
          affirmed.add(key);
        }
        if ((marks[i] & Negations.HEAD) != 0) {
          heads.add(key);
        }
        (Character.isUpperCase(tokens.get(i).charAt(0)) ? names : common).add(key);
      }
    }
    if (!tokens.isEmpty()) {
      common.add(ClaimWords.key(tokens.get(0)));
    }
    names.removeAll(common);
    if (names.size() > common.size()) {
      names.clear(); // a title-case headline: capitals say nothing about names
    }
    for (String token : ClaimWords.tokens(speaker)) {
      String key = ClaimWords.key(token);
      words.remove(key);
      affirmed.remove(key);
      negated.remove(key);
      heads.remove(key);
    }
    boolean hedged = Hedges.hedged(tokens) || text.strip().endsWith("?");
    return new Statement(
        article,
        text,
        speaker,
        tokens,
        words,
        negated,
        heads,
        affirmed,
        names,
        Negations.explicit(tokens),
        hedged);
  }

  /** Whether some negation or denial in the sentence governs a content word. */
  boolean denies() {
    return !negated.isEmpty();
  }
}
