package org.newsbrief.eval.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.eval.entities.EcbDocument.GoldMention;

/**
 * Puts a system's entities onto the gold mentions: each gold mention takes the entity of the unused
 * system mention that overlaps it most in the same sentence; a gold mention no system mention
 * overlaps stays alone. System mentions that meet no gold mention are not scored (ECB+ annotates
 * only the mentions that take part in its events).
 */
final class Alignment {
  private Alignment() {}

  /**
   * The response clusters over gold mention ids ({@code gold}'s indices), and in {@code aligned}
   * the ids that met a system mention.
   */
  static List<Set<Integer>> response(
      List<GoldMention> gold, List<List<MentionSpan>> system, Set<Integer> aligned) {
    Map<String, List<Integer>> goldBySentence = new HashMap<>();
    for (int g = 0; g < gold.size(); g++) {
      goldBySentence
          .computeIfAbsent(sentenceKey(gold.get(g).span()), k -> new ArrayList<>())
          .add(g);
    }
    Map<Integer, Integer> entityOf = new HashMap<>();
    Map<String, List<int[]>> systemBySentence = new HashMap<>();
    for (int e = 0; e < system.size(); e++) {
      for (int m = 0; m < system.get(e).size(); m++) {
        systemBySentence
            .computeIfAbsent(sentenceKey(system.get(e).get(m)), k -> new ArrayList<>())
            .add(new int[] {e, m});
      }
    }
    goldBySentence.forEach(
        (sentence, ids) -> {
          List<int[]> candidates = systemBySentence.getOrDefault(sentence, List.of());
          Set<Integer> used = new HashSet<>();
          for (int g : ids) {
            MentionSpan span = gold.get(g).span();
            int best = -1;
            int bestOverlap = 0;
            for (int c = 0; c < candidates.size(); c++) {
              MentionSpan s = system.get(candidates.get(c)[0]).get(candidates.get(c)[1]);
              int overlap = Math.min(span.end(), s.end()) - Math.max(span.start(), s.start());
              if (!used.contains(c) && overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
              }
            }
            if (best >= 0) {
              used.add(best);
              entityOf.put(g, candidates.get(best)[0]);
            }
          }
        });
    Map<Integer, Set<Integer>> clusters = new HashMap<>();
    List<Set<Integer>> response = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Integer e = entityOf.get(g);
      if (e == null) {
        response.add(Set.of(g));
      } else {
        aligned.add(g);
        clusters.computeIfAbsent(e, k -> new HashSet<>()).add(g);
      }
    }
    response.addAll(clusters.values());
    return response;
  }

  private static String sentenceKey(MentionSpan span) {
    return span.document() + "#" + span.sentence();
  }
}
