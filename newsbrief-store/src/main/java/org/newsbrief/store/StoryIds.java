package org.newsbrief.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the stories a regrouping found so that links keep working: each old story's id goes to the
 * new story holding most of its articles (its heir; on a tie, the one that started first), and a
 * new story that is heir to several old ones takes the id of the one it holds most of (then the
 * bigger old story, then the smaller id). So a story keeps its id while it grows, and when stories
 * split or merge each id follows the bulk of its articles. A new story heir to none is named after
 * its first stored article, never reusing an id in use before.
 */
final class StoryIds {
  private StoryIds() {}

  /**
   * The story id of every article of {@code groups}.
   *
   * @param oldStory the story each article was filed under before
   * @param groups the new stories, as lists of article ids in stored order, in the order they
   *     started
   * @param taken every story id in use before (fresh names avoid them)
   */
  static Map<String, String> assign(
      Map<String, String> oldStory, List<List<String>> groups, Set<String> taken) {
    Map<String, Map<Integer, Integer>> overlap = new HashMap<>();
    Map<String, Integer> oldSize = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String article : groups.get(g)) {
        String old = oldStory.get(article);
        if (old != null) {
          overlap.computeIfAbsent(old, k -> new HashMap<>()).merge(g, 1, Integer::sum);
          oldSize.merge(old, 1, Integer::sum);
        }
      }
    }
    Map<Integer, String> named = new HashMap<>();
    Map<Integer, Integer> namedOverlap = new HashMap<>();
    for (String old : new java.util.TreeSet<>(overlap.keySet())) {
      Map<Integer, Integer> counts = overlap.getOrDefault(old, Map.of());
      int heir = -1;
      int held = 0;
      for (var e : new java.util.TreeMap<>(counts).entrySet()) {
        if (e.getValue() > held) {
          heir = e.getKey();
          held = e.getValue();
        }
      }
      String rival = named.get(heir);
      int size = oldSize.getOrDefault(old, 0);
      if (rival == null
          || beats(
              held, size, namedOverlap.getOrDefault(heir, 0), oldSize.getOrDefault(rival, 0))) {
        named.put(heir, old);
        namedOverlap.put(heir, held);
      }
    }
    Set<String> used = new HashSet<>(taken);
    Map<String, String> result = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      List<String> members = groups.get(g);
      String id = named.get(g);
      if (id == null) {
        id = fresh(members.get(0), used);
      }
      used.add(id);
      for (String article : members) {
        result.put(article, id);
      }
    }
    return result;
  }

  /** Ties keep the earlier claimant: old ids are visited in sorted order. */
  private static boolean beats(int held, int size, int rivalHeld, int rivalSize) {
    return held > rivalHeld || (held == rivalHeld && size > rivalSize);
  }

  private static String fresh(String first, Set<String> used) {
    String id = first;
    for (int n = 2; used.contains(id); n++) {
      id = first + "-" + n;
    }
    return id;
  }
}
