package org.newsbrief.analyze.entity;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins a person written with a short form of the first name to the person written in full: "Ben
 * Banky" = "Benjamin David Banky", "Fred LaRue" = "Frederick C. LaRue". Measured on ECB+
 * coreference and the labelled entity lists (docs/notes/entities.md).
 */
final class ShortFirstNames {
  private static final int SHORTEST = 3;

  private ShortFirstNames() {}

  /**
   * Joins each two-word person name "First Surname" to the one other person (counted by alias
   * group) whose name ends in the same surname and opens with a longer first name that begins with
   * "First" (three letters or more); with two or more such people ("Jerry" of Jeremy and Jerrold)
   * nothing joins.
   */
  static void link(List<NameMention> mentions, Aliases aliases) {
    TreeMap<String, Set<String>> bySurname = new TreeMap<>();
    for (NameMention m : mentions) {
      String[] words = m.name().split("\\s+");
      if (words.length >= 2 && words.length <= 4 && AliasRules.looksPersonal(m)) {
        bySurname.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(m.name());
      }
    }
    for (Set<String> names : bySurname.values()) {
      for (String name : names) {
        String[] words = name.split("\\s+");
        if (words.length != 2
            || words[0].length() < SHORTEST
            || !words[0].matches("\\p{Lu}\\p{Ll}+")) {
          continue;
        }
        Set<String> roots = new TreeSet<>();
        String longer = null;
        for (String other : names) {
          String first = other.substring(0, other.indexOf(' '));
          if (first.length() > words[0].length() && first.startsWith(words[0])) {
            roots.add(aliases.find(other));
            longer = other;
          }
        }
        if (roots.size() == 1 && longer != null) {
          aliases.union(longer, name);
        }
      }
    }
  }
}
