package org.newsbrief.eval.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference the LSH lookup approximates: every pair of texts compared by the exact Jaccard of
 * their word 5-shingles (as strings), pairs at or above the threshold joined transitively.
 * Quadratic in the number of texts; for evaluation only.
 */
final class ExhaustiveResemblance {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ExhaustiveResemblance() {}

  static List<List<String>> groups(Map<String, String> textsById, double threshold) {
    List<String> ids = new ArrayList<>();
    List<Set<String>> shingles = new ArrayList<>();
    for (Map.Entry<String, String> e : textsById.entrySet()) {
      ids.add(e.getKey());
      shingles.add(shingles(e.getValue()));
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
          parent[root(parent, j)] = root(parent, i);
        }
      }
    }
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ids.get(i));
    }
    return groups.values().stream().filter(g -> g.size() > 1).toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    long shared = small.stream().filter(large::contains).count();
    return shared / (double) (a.size() + b.size() - shared);
  }

  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 5)));
    }
    if (words.size() < 5 && !words.isEmpty()) {
      out.add(String.join(" ", words));
    }
    return out;
  }
}
