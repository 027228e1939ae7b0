package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

/**
 * A disputed topic being gathered: the conflicting pairs about it, the words they deny, and its
 * label, the denied phrase of its strongest pair ("military coordination with Iran").
 */
final class ConflictTopic {
  /** Two statements, one of which denies the {@code denied} words the other states. */
  record Pair(Statement affirms, Statement denies, Set<String> denied, double score) {
    Pair {
      denied = Set.copyOf(denied);
    }
  }

  private static final int PER_SIDE = 2;
  private static final int LABEL_TOKENS = 8;

  private final String label;
  private final Set<String> keys = new HashSet<>();
  private final List<Statement> affirms = new ArrayList<>();
  private final List<Statement> denies = new ArrayList<>();
  private final Set<String> articles = new HashSet<>();
  private double weight;

  ConflictTopic(Pair first) {
    this.label = label(first);
    keys.addAll(first.denied());
    add(first);
  }

  /** Whether {@code pair} is about this topic: it denies a word the topic's first pair denies. */
  boolean takes(Pair pair) {
    return pair.denied().stream().anyMatch(keys::contains);
  }

  void add(Pair pair) {
    if (!affirms.contains(pair.affirms())) {
      affirms.add(pair.affirms());
    }
    if (!denies.contains(pair.denies())) {
      denies.add(pair.denies());
    }
    articles.add(pair.affirms().article());
    articles.add(pair.denies().article());
    weight += pair.score();
  }

  int articles() {
    return articles.size();
  }

  double weight() {
    return weight;
  }

  Conflict conflict() {
    List<ConflictSide> sides = new ArrayList<>();
    pick(affirms).forEach(s -> sides.add(Conflicts.side(s, "affirms")));
    pick(denies).forEach(s -> sides.add(Conflicts.side(s, "denies")));
    return new Conflict(label, sides);
  }

  /**
   * The phrase of the denying sentence that a negation governs around the first denied word, with
   * the content word before it ("military" of "no military coordination"), without stop words at
   * its ends, at most {@value #LABEL_TOKENS} tokens.
   */
  static String label(Pair pair) {
    List<String> tokens = pair.denies().tokens();
    boolean[] scope = Negations.scope(tokens);
    int at = 0;
    while (at < tokens.size() && !(scope[at] && pair.denied().contains(key(tokens, at)))) {
      at++;
    }
    if (at == tokens.size()) {
      return String.join(", ", pair.denied());
    }
    int from = at;
    int to = at;
    while (from > 0 && scope[from - 1] && at - from < LABEL_TOKENS / 2) {
      from--;
    }
    while (to + 1 < tokens.size() && scope[to + 1] && to - from + 1 < LABEL_TOKENS) {
      to++;
    }
    if (from > 0 && !key(tokens, from - 1).isEmpty()) {
      from--;
    }
    while (key(tokens, from).isEmpty()) {
      from++;
    }
    while (key(tokens, to).isEmpty()) {
      to--;
    }
    return String.join(" ", tokens.subList(from, to + 1));
  }

  private static String key(List<String> tokens, int i) {
    return ClaimWords.key(tokens.get(i));
  }

  /**
   * Up to two statements: named speakers first, then from articles and speakers not yet used, in
   * order of strength.
   */
  private static List<Statement> pick(List<Statement> statements) {
    List<Statement> picked = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (int pass = 0; pass < 3; pass++) {
      for (Statement s : statements) {
        if (picked.size() == PER_SIDE) {
          return picked;
        }
        String who = s.speaker();
        boolean fresh = !speakers.contains(who) && !picked.contains(s);
        boolean wanted =
            switch (pass) {
              case 0 -> !who.isEmpty() && !articles.contains(s.article());
              case 1 -> !who.isEmpty();
              default -> true;
            };
        if (fresh && wanted) {
          picked.add(s);
          speakers.add(who);
          articles.add(s.article());
        }
      }
    }
    return picked;
  }
}
