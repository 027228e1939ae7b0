package org.newsbrief.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Quote;
import org.newsbrief.model.SummarySentence;

/**
 * The one entity list every format shows: ranked by importance (how many articles name the entity,
 * then how many times, then whether it is quoted or in the summary, then by name), cut to the
 * {@value #SHOWN} most important entities named at least twice, and never dropping an entity that
 * is quoted or named in the summary.
 */
final class EntityList {
  static final int SHOWN = 25;

  private EntityList() {}

  /** The entities of {@code briefing} to show, most important first. */
  static List<Entity> of(Briefing briefing) {
    Set<String> quoted = new HashSet<>();
    for (Quote q : briefing.quotes()) {
      if (q.speaker().entity() != null) {
        quoted.add(q.speaker().entity());
      }
    }
    String summary =
        String.join(" ", briefing.summary().stream().map(SummarySentence::text).toList());
    List<Ranked> ranked = new ArrayList<>();
    for (Entity e : briefing.entities()) {
      boolean kept = quoted.contains(e.id()) || named(summary, e);
      ranked.add(new Ranked(e, articles(e), kept));
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::articles)
            .reversed()
            .thenComparing(r -> -r.entity().mentions().size())
            .thenComparing(r -> !r.kept())
            .thenComparing(r -> r.entity().name()));
    List<Entity> shown = new ArrayList<>();
    int cut = 0;
    for (Ranked r : ranked) {
      boolean inCut = cut < SHOWN && r.entity().mentions().size() >= 2;
      if (inCut) {
        cut++;
      }
      if (inCut || r.kept()) {
        shown.add(r.entity());
      }
    }
    return shown;
  }

  private record Ranked(Entity entity, int articles, boolean kept) {}

  private static int articles(Entity e) {
    return (int) e.mentions().stream().map(Mention::article).distinct().count();
  }

  private static boolean named(String summary, Entity e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    String lower = summary.toLowerCase(Locale.ROOT);
    for (String n : names) {
      if (n.length() > 1
          && lower.contains(n.toLowerCase(Locale.ROOT))
          && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")
              .matcher(summary)
              .find()) {
        return true;
      }
    }
    return false;
  }
}
