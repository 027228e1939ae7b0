package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.SummarySentence;

/**
 * The sides of a story's disputes that its summary should give: of the first two disputes found
 * (figures that differ first, then claims and denials; a figure that only grows as reports come in
 * is no dispute), one statement per stance or per figure, each citing its sources, no statement
 * twice. The summarizer adds those its chosen sentences do not already state, while they take at
 * most half its words and half its sentences.
 */
public final class Sides {
  private static final int MAX_DISPUTES = 2;

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

  /** The first of {@code sides} that fit in half of {@code words} and of {@code sentences}. */
  static List<SummarySentence> fitting(List<SummarySentence> sides, int words, int sentences) {
    List<SummarySentence> kept = new ArrayList<>();
    int used = 0;
    for (SummarySentence s : sides) {
      int length = SummaryTokens.words(s.text());
      if (used + length > words / 2 || kept.size() + 1 > sentences / 2) {
        break;
      }
      kept.add(s);
      used += length;
    }
    return kept;
  }
}
