package org.newsbrief.analyze.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins two spellings of one name across the articles of a story: "Hugh Heffner" = "Hugh Hefner",
 * "Karolos Papoulias" = "Carolos Papoulias", "Place Vendôme" = "Place Vendome", "Vincent
 * DelGiudice" = "Vincent Del Giudice", "Betty Ford Centre" = "Betty Ford Center". Both names must
 * have the same majority tagger type, never share a sentence (two people written side by side are
 * two people), and not both be names of the tagger's lists (two listed names, "Austria" and
 * "Australia", are two places). Measured on ECB+ coreference (docs/notes/entities.md).
 */
final class SpellingVariants {
  private static final int SHORTEST_WORD = 5;
  private static final int SHORTEST_NAME = 6;
  private static final int LONG_WORD = 8;

  private SpellingVariants() {}

  /** Joins the spelling variants among the tagger-typed names of {@code mentions}. */
  static void link(List<NameMention> mentions, Aliases aliases) {
    Map<String, Map<String, Integer>> types = new HashMap<>();
    Map<String, Set<String>> sentences = new HashMap<>();
    for (NameMention m : mentions) {
      if (m.type() != null) {
        types.computeIfAbsent(m.name(), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
      }
      sentences
          .computeIfAbsent(m.name(), k -> new HashSet<>())
          .add(m.article() + "#" + m.sentence());
    }
    List<String> names = new ArrayList<>(new TreeMap<>(types).keySet());
    List<String> tops = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<Set<String>> where = new ArrayList<>();
    for (String name : names) {
      tops.add(EntityGroups.top(types.getOrDefault(name, Map.of())));
      folded.add(fold(name));
      where.add(sentences.getOrDefault(name, Set.of()));
    }
    for (int i = 0; i < names.size(); i++) {
      if ("MISC".equals(tops.get(i))) {
        continue;
      }
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        if (Math.abs(folded.get(i).length() - folded.get(j).length()) <= 2
            && tops.get(i).equals(tops.get(j))
            && variants(folded.get(i), folded.get(j))
            && !aliases.find(a).equals(aliases.find(b))
            && disjoint(where.get(i), where.get(j))
            && !(listed(a) && listed(b))) {
          aliases.union(a, b);
        }
      }
    }
  }

  /**
   * Whether the folded names {@code x} and {@code y} ({@link #fold}) differ only in spaces, or one
   * word's spelling by one edit (two in words of {@value #LONG_WORD} letters or more; a swap of two
   * neighbouring letters counts one), that word of {@value #SHORTEST_WORD} letters or more.
   */
  static boolean variants(String x, String y) {
    if (x.replace(" ", "").equals(y.replace(" ", ""))) {
      return true;
    }
    String[] u = x.split(" ");
    String[] v = y.split(" ");
    if (u.length != v.length || u.length == 1 && Math.min(x.length(), y.length()) < SHORTEST_NAME) {
      return false;
    }
    int differing = 0;
    for (int k = 0; k < u.length; k++) {
      if (u[k].equals(v[k])) {
        continue;
      }
      int longer = Math.max(u[k].length(), v[k].length());
      int allowed = longer >= LONG_WORD ? 2 : 1;
      if (++differing > 1 || longer < SHORTEST_WORD || swapDistance(u[k], v[k]) > allowed) {
        return false;
      }
    }
    return differing == 1;
  }

  /** Lower case without accents, spaces single. */
  static String fold(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  /** Whether the tagger's name lists (CoNLL-2003 train names, external lists) hold the name. */
  private static boolean listed(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    return words.length <= NerGazetteer.LONGEST
        && NerTagger.shipped().names().types(NerGazetteer.key(words, 0, words.length)) != 0;
  }

  /** Edit distance where a swap of two neighbouring letters counts one (optimal alignment). */
  static int swapDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
