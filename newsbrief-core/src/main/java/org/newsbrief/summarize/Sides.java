package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.summarize.Candidates.Candidate;

/**
 * The sides of a story's disputes that its summary should give: of the first two disputes found
 * (figures that differ first, then claims and denials; a figure that only grows as reports come in
 * is no dispute), one statement per stance or per figure, each citing its sources, no statement
 * twice. The summarizer adds those its chosen sentences do not already state (beside the story's
 * topic words, which a claim and its denial share), while they take at most half its words and half
 * its sentences (as many sides as fit, shortest first); the chosen sentences that state a side are
 * kept when room is made.
 */
public final class Sides {
  private static final int MAX_DISPUTES = 2;
  private static final double OVERSHOOT = 1.15;
  private static final double MAX_OVERLAP = 0.5;

  private Sides() {}

  /** One statement per side of the first disputes in {@code conflicts}, or none. */
  public static List<SummarySentence> of(List<Conflict> conflicts) {
    List<SummarySentence> sides = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    int disputes = 0;
    for (Conflict c : conflicts) {
      if (c.progression() || disputes == MAX_DISPUTES) {
        continue;
      }
      disputes++;
      Set<String> seen = new HashSet<>();
      for (ConflictSide side : c.sides()) {
        String key = side.value() != null ? "value:" + side.value() : "stance:" + side.stance();
        String text = Readability.capitalised(side.text());
        if (!side.sources().isEmpty() && seen.add(key) && texts.add(text)) {
          sides.add(new SummarySentence(text, side.sources()));
        }
      }
    }
    return sides;
  }

  /**
   * The sides of {@code sides} that no sentence of {@code chosen} states and that fit ({@link
   * #fitting}); makes room for them by dropping the last-chosen sentences over {@code words} (with
   * the summarizer's overshoot) or {@code sentences}, never one that states a side.
   */
  static List<SummarySentence> add(
      List<Candidate> chosen, List<SummarySentence> sides, int words, int sentences) {
    List<SummarySentence> unstated = new ArrayList<>();
    Set<Candidate> carriers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SummarySentence side : sides) {
      Set<String> content = new HashSet<>(SummaryTokens.of(side.text()));
      content.removeAll(SummaryTokens.STOP);
      chosen.stream()
          .filter(c -> states(c, content))
          .findFirst()
          .ifPresentOrElse(carriers::add, () -> unstated.add(side));
    }
    List<SummarySentence> added = fitting(unstated, words, sentences);
    int total = chosen.stream().mapToInt(Candidate::length).sum();
    total += added.stream().mapToInt(side -> SummaryTokens.words(side.text())).sum();
    for (int i = chosen.size() - 1;
        i >= 0
            && !added.isEmpty()
            && (total > words * OVERSHOOT || chosen.size() + added.size() > sentences);
        i--) {
      if (!carriers.contains(chosen.get(i))) {
        total -= chosen.remove(i).length();
      }
    }
    return added;
  }

  /**
   * Whether {@code c} states a side with {@code content}: they share more than half of the smaller
   * one's words beside the story's topic words (which every sentence of the story repeats, so a
   * denial and a claim about the same thing would otherwise count as one statement).
   */
  static boolean states(Candidate c, Set<String> content) {
    Set<String> facts = new HashSet<>(content);
    c.content().stream().filter(w -> !c.facts().contains(w)).forEach(facts::remove);
    long shared = c.facts().stream().filter(facts::contains).count();
    return shared > MAX_OVERLAP * Math.min(c.facts().size(), facts.size()) && shared > 0;
  }

  /**
   * The most of {@code sides} that fit in half of {@code words} and of {@code sentences}: shortest
   * first, skipping one that does not fit, kept in their given order.
   */
  static List<SummarySentence> fitting(List<SummarySentence> sides, int words, int sentences) {
    List<SummarySentence> byLength = new ArrayList<>(sides);
    byLength.sort(java.util.Comparator.comparingInt(s -> SummaryTokens.words(s.text())));
    Set<SummarySentence> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    int used = 0;
    for (SummarySentence s : byLength) {
      int length = SummaryTokens.words(s.text());
      if (used + length <= words / 2 && kept.size() + 1 <= sentences / 2) {
        kept.add(s);
        used += length;
      }
    }
    return sides.stream().filter(kept::contains).toList();
  }
}
