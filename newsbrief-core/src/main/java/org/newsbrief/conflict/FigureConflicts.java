package org.newsbrief.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * Finds figures the sources give differently. Each article's figure for a quantity is the first one
 * its opening sentences state (the story's own toll; later sentences often recall other events).
 * Figures that count the same thing are grouped by the values their wording allows; two or more
 * groups that no one value fits are a conflict, one side per group. When every source is dated and
 * each later group gives a higher count than the one before, the figure is shown as a progression
 * (a toll rising as reports come in) rather than a dispute. Pass articles without syndicated
 * copies.
 */
public final class FigureConflicts {
  /** Sentences of an article that may give its figures: the lead, where the story's toll is. */
  static final int OPENING_SENTENCES = 8;

  static final int MAX_CONFLICTS = 3;
  private static final Set<String> GROWING = Set.of("deaths", "injured", "arrested", "evacuated");

  private final QuoteFinder finder = new QuoteFinder();

  /** One article's figure for a quantity, with the sentence that states it. */
  private record Stated(Figure figure, Sentence sentence, @Nullable LocalDate published) {}

  /** The figures {@code articles} give differently, the most widely reported first. */
  public List<Conflict> of(List<AnalyzedArticle> articles) {
    Map<String, List<Stated>> byQuantity = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      Map<String, Stated> first = new HashMap<>();
      for (Sentence s : a.sentences()) {
        if (s.index() >= OPENING_SENTENCES) {
          break;
        }
        for (Figure f : Figures.in(s.text())) {
          first.putIfAbsent(f.quantity(), new Stated(f, s, a.article().published()));
        }
      }
      first.values().stream()
          .sorted(Comparator.comparing(st -> st.figure().quantity()))
          .forEach(
              st ->
                  byQuantity
                      .computeIfAbsent(st.figure().quantity(), k -> new ArrayList<>())
                      .add(st));
    }
    List<List<List<Stated>>> found = new ArrayList<>();
    for (List<Stated> stated : byQuantity.values()) {
      List<List<Stated>> sides = sides(sameThing(stated));
      if (sides.size() >= 2 && sameMatter(sides)) {
        found.add(sides);
      }
    }
    found.sort(Comparator.comparingInt((List<List<Stated>> c) -> -sources(c)));
    List<Conflict> conflicts = new ArrayList<>();
    for (List<List<Stated>> sides : found.subList(0, Math.min(MAX_CONFLICTS, found.size()))) {
      conflicts.add(conflict(sides));
    }
    return conflicts;
  }

  /** The figures that count what most of them count. */
  private static List<Stated> sameThing(List<Stated> stated) {
    Stated reference = null;
    int best = -1;
    for (Stated candidate : stated) {
      int agree = 0;
      for (Stated other : stated) {
        agree += candidate.figure().sameThing(other.figure()) ? 1 : 0;
      }
      if (agree > best) {
        best = agree;
        reference = candidate;
      }
    }
    List<Stated> same = new ArrayList<>();
    for (Stated s : stated) {
      if (reference != null && reference.figure().sameThing(s.figure())) {
        same.add(s);
      }
    }
    return same;
  }

  /** Groups of figures whose allowed values overlap, by value. */
  private static List<List<Stated>> sides(List<Stated> stated) {
    List<Stated> sorted = new ArrayList<>(stated);
    sorted.sort(Comparator.comparingDouble((Stated s) -> s.figure().low()));
    List<List<Stated>> sides = new ArrayList<>();
    double high = Double.NEGATIVE_INFINITY;
    for (Stated s : sorted) {
      if (sides.isEmpty() || s.figure().low() > high + 1e-9) {
        sides.add(new ArrayList<>());
        high = s.figure().high();
      } else {
        high = Math.max(high, s.figure().high());
      }
      sides.get(sides.size() - 1).add(s);
    }
    return sides;
  }

  /** Content words two reports from different sides must share to be about the same matter. */
  static final int SHARED_WORDS = 2;

  /** Whether some two sentences from different sides share {@value #SHARED_WORDS} content words. */
  private static boolean sameMatter(List<List<Stated>> sides) {
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        for (Stated a : sides.get(i)) {
          Set<String> words = FigureWords.contentWords(a.sentence().text());
          for (Stated b : sides.get(j)) {
            Set<String> shared =
                new java.util.HashSet<>(FigureWords.contentWords(b.sentence().text()));
            shared.retainAll(words);
            if (shared.size() >= SHARED_WORDS) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static int sources(List<List<Stated>> sides) {
    return sides.stream().mapToInt(List::size).sum();
  }

  private Conflict conflict(List<List<Stated>> sides) {
    String quantity = sides.get(0).get(0).figure().quantity();
    List<ConflictSide> shown = new ArrayList<>();
    for (List<Stated> side : sides) {
      Stated first = side.get(0);
      String speaker = finder.reportingSource(first.sentence().text());
      shown.add(
          new ConflictSide(
              first.sentence().text(),
              speaker.isEmpty() ? null : new Speaker(null, speaker, null),
              side.stream().map(s -> s.sentence().article()).distinct().toList(),
              "states",
              first.figure().written()));
    }
    return Conflict.figure(quantity, GROWING.contains(quantity) && rises(sides), shown);
  }

  /** Whether every source is dated and each higher group was first reported after the lower. */
  private static boolean rises(List<List<Stated>> sides) {
    LocalDate last = null;
    for (List<Stated> side : sides) {
      LocalDate earliest = null;
      LocalDate latest = null;
      for (Stated s : side) {
        if (s.published() == null) {
          return false;
        }
        earliest = earliest == null || s.published().isBefore(earliest) ? s.published() : earliest;
        latest = latest == null || s.published().isAfter(latest) ? s.published() : latest;
      }
      if (earliest == null || last != null && !earliest.isAfter(last)) {
        return false;
      }
      last = latest;
    }
    return true;
  }
}
