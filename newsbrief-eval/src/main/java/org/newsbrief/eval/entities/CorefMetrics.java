package org.newsbrief.eval.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference metrics over clusters of mention ids, as the reference coreference scorer (v8.01)
 * computes them: MUC (links), B-cubed (mentions) and CEAF-e (clusters aligned one to one by φ4 =
 * 2|K∩R| / (|K|+|R|)). Mentions in only one side count against that side.
 */
final class CorefMetrics {
  private CorefMetrics() {}

  /** A precision and recall pair. */
  record Score(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  static Score muc(List<Set<Integer>> key, List<Set<Integer>> response) {
    return new Score(mucRecall(response, key), mucRecall(key, response));
  }

  private static double mucRecall(List<Set<Integer>> key, List<Set<Integer>> response) {
    Map<Integer, Integer> clusterOf = index(response);
    long links = 0;
    long kept = 0;
    for (Set<Integer> k : key) {
      Set<Integer> parts = new java.util.HashSet<>();
      int unmatched = 0;
      for (int m : k) {
        Integer r = clusterOf.get(m);
        if (r == null) {
          unmatched++;
        } else {
          parts.add(r);
        }
      }
      links += k.size() - 1;
      kept += k.size() - (parts.size() + unmatched);
    }
    return links == 0 ? 0 : kept / (double) links;
  }

  static Score bcubed(List<Set<Integer>> key, List<Set<Integer>> response) {
    return new Score(bcubedRecall(response, key), bcubedRecall(key, response));
  }

  private static double bcubedRecall(List<Set<Integer>> key, List<Set<Integer>> response) {
    Map<Integer, Integer> clusterOf = index(response);
    double sum = 0;
    long mentions = 0;
    for (Set<Integer> k : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (int m : k) {
        Integer r = clusterOf.get(m);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        sum += n * (double) n / k.size();
      }
      mentions += k.size();
    }
    return mentions == 0 ? 0 : sum / mentions;
  }

  static Score ceafe(List<Set<Integer>> key, List<Set<Integer>> response) {
    double similarity = 0;
    for (double[][] component : components(key, response)) {
      similarity += Assignment.maximum(component);
    }
    return new Score(
        response.isEmpty() ? 0 : similarity / response.size(),
        key.isEmpty() ? 0 : similarity / key.size());
  }

  /**
   * φ4 matrices (key rows by response columns) of the groups of clusters that share mentions:
   * clusters in different groups have similarity 0, so each group is aligned on its own.
   */
  private static List<double[][]> components(List<Set<Integer>> key, List<Set<Integer>> response) {
    Map<Integer, Integer> responseOf = index(response);
    int[] parent = new int[key.size() + response.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < key.size(); k++) {
      for (int m : key.get(k)) {
        Integer r = responseOf.get(m);
        if (r != null) {
          parent[root(parent, k)] = root(parent, key.size() + r);
        }
      }
    }
    Map<Integer, List<Integer>> keysByRoot = new HashMap<>();
    Map<Integer, List<Integer>> responsesByRoot = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      (i < key.size() ? keysByRoot : responsesByRoot)
          .computeIfAbsent(root(parent, i), x -> new ArrayList<>())
          .add(i < key.size() ? i : i - key.size());
    }
    List<double[][]> matrices = new ArrayList<>();
    keysByRoot.forEach(
        (root, keys) -> {
          List<Integer> responses = responsesByRoot.getOrDefault(root, List.of());
          double[][] phi = new double[keys.size()][responses.size()];
          for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < responses.size(); j++) {
              phi[i][j] = phi4(key.get(keys.get(i)), response.get(responses.get(j)));
            }
          }
          matrices.add(phi);
        });
    return matrices;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double phi4(Set<Integer> k, Set<Integer> r) {
    int common = 0;
    for (int m : k) {
      common += r.contains(m) ? 1 : 0;
    }
    return 2.0 * common / (k.size() + r.size());
  }

  private static Map<Integer, Integer> index(List<Set<Integer>> clusters) {
    Map<Integer, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (int m : clusters.get(i)) {
        clusterOf.put(m, i);
      }
    }
    return clusterOf;
  }
}
