package org.newsbrief.analyze.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Joins a short name to the longer organisation name it is a part of: a team's nickname to its full
 * name ("Bluejays" = "Creighton Bluejays"), a firm's first word to its full name ("Reliance" =
 * "Reliance Globalcom"). Measured on ECB+ coreference (docs/notes/entities.md).
 */
final class AliasParts {
  private AliasParts() {}

  /**
   * Joins a name to the one longer organisation name of the articles that ends with it ("Trail
   * Blazers" = "Portland Trail Blazers") or opens with it ("Reliance" = "Reliance Globalcom"): the
   * shorter name is no place, not mostly a person or place to the tagger, and no other organisation
   * (counted by alias group, so spellings of one entity count once) has it at the same end; an
   * acronym in capitals opens too many longer names ("NBA Draft") to join one as a prefix. Measured
   * on ECB+ coreference (docs/notes/entities.md). In a story that gives scores ({@code sporty}) a
   * place that is no country joins the one organisation name it opens ("Winnipeg" = "Winnipeg
   * Jets"): CoNLL-2003 train gold, such a name written alone is an organisation 363 times, a place
   * 93. Returns those places, whose mentions then count as the organisation's.
   */
  static Set<String> link(List<NameMention> mentions, Aliases aliases, boolean sporty) {
    Map<String, Map<String, Integer>> types = new HashMap<>();
    for (NameMention m : mentions) {
      if (m.type() != null) {
        types.computeIfAbsent(m.name(), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
      }
    }
    Map<String, Set<String>> bySuffix = new HashMap<>();
    Map<String, Set<String>> byPrefix = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> t : new TreeMap<>(types).entrySet()) {
      String name = t.getKey();
      String[] words = name.split("\\s+");
      if (words.length < 2
          || !"ORG".equals(EntityGroups.top(t.getValue()))
          || name.matches(".*\\s\\p{Ll}.*")) {
        continue;
      }
      for (int k = 1; k < words.length; k++) {
        String suffix = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        bySuffix.computeIfAbsent(suffix, x -> new TreeSet<>()).add(name);
        String prefix = String.join(" ", Arrays.copyOfRange(words, 0, k));
        byPrefix.computeIfAbsent(prefix, x -> new TreeSet<>()).add(name);
      }
    }
    for (Map.Entry<String, Map<String, Integer>> t : new TreeMap<>(types).entrySet()) {
      String name = t.getKey();
      String type = EntityGroups.top(t.getValue());
      if ("PER".equals(type) || "LOC".equals(type) || Places.is(name)) {
        continue;
      }
      Set<String> longer = roots(bySuffix.get(name), aliases);
      if (longer.size() != 1 && !name.matches("\\p{Lu}{2,}")) {
        longer = roots(byPrefix.get(name), aliases);
      }
      if (longer.size() == 1) {
        aliases.union(longer.iterator().next(), name);
      }
    }
    Set<String> teams = new TreeSet<>();
    if (!sporty) {
      return teams;
    }
    for (Map.Entry<String, Map<String, Integer>> t : new TreeMap<>(types).entrySet()) {
      String name = t.getKey();
      boolean place = "LOC".equals(EntityGroups.top(t.getValue())) || Places.is(name);
      if (place && !Places.isCountry(name) && name.split("\\s+").length <= 3) {
        Set<String> longer = roots(byPrefix.get(name), aliases);
        if (longer.size() == 1) {
          aliases.union(longer.iterator().next(), name);
          teams.add(name);
        }
      }
    }
    return teams;
  }

  /**
   * The alias groups (their roots) of {@code names}: "Trail Blazers" and "Portland Trail Blazers",
   * already one entity, count once as the longer name "Blazers" belongs to.
   */
  private static Set<String> roots(@Nullable Set<String> names, Aliases aliases) {
    Set<String> roots = new TreeSet<>();
    if (names != null) {
      names.forEach(n -> roots.add(aliases.find(n)));
    }
    return roots;
  }
}
