package org.newsbrief.eval.stance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbrief.stance.Stance;

/**
 * FNC-1's training bodies grouped into stories: two bodies belong to one story when a headline is
 * related (agrees, disagrees or discusses) to both, transitively, so a story holds every body
 * written about one claim of the Emergent data, those that report it and those that debunk it. Only
 * bodies outside the held-out dev split of {@code eval conflicts} are used, so that measure stays
 * apart from anything chosen on these stories.
 */
public final class Fnc1Claims {
  /** One claim's bodies: id {@code fnc-<smallest body id>}, body ids and texts in id order. */
  public record Claim(String id, List<Integer> bodyIds, List<String> texts) {}

  private Fnc1Claims() {}

  /** True when {@code folder} (or its {@code fnc1} subfolder) holds the FNC-1 training files. */
  public static boolean holds(Path folder) {
    Path root = root(folder);
    return java.nio.file.Files.exists(root.resolve("train_bodies.csv"))
        && java.nio.file.Files.exists(root.resolve("train_stances.csv"));
  }

  /** The claims of the training bodies with at least two bodies, in order of their ids. */
  public static List<Claim> read(Path folder) throws IOException {
    Fnc1Data data = Fnc1Data.read(root(folder), Integer.MAX_VALUE);
    Set<Integer> dev = Fnc1Data.heldOut(new TreeSet<>(data.bodies.keySet()));
    Map<Integer, Integer> parent = new HashMap<>();
    Map<String, Integer> firstBody = new HashMap<>();
    for (Fnc1Data.Pair p : data.pairs) {
      if (p.stance() == Stance.UNRELATED || dev.contains(p.bodyId())) {
        continue;
      }
      parent.putIfAbsent(p.bodyId(), p.bodyId());
      Integer other = firstBody.putIfAbsent(p.headline(), p.bodyId());
      if (other != null) {
        parent.put(find(parent, p.bodyId()), find(parent, other));
      }
    }
    Map<Integer, TreeSet<Integer>> groups = new TreeMap<>();
    for (Integer body : parent.keySet()) {
      groups.computeIfAbsent(find(parent, body), k -> new TreeSet<>()).add(body);
    }
    List<Claim> claims = new ArrayList<>();
    for (TreeSet<Integer> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      List<Integer> ids = List.copyOf(members);
      claims.add(new Claim("fnc-" + ids.get(0), ids, ids.stream().map(data.bodies::get).toList()));
    }
    claims.sort(java.util.Comparator.comparing(c -> c.bodyIds().get(0)));
    return claims;
  }

  private static Path root(Path folder) {
    return java.nio.file.Files.isDirectory(folder.resolve("fnc1"))
        ? folder.resolve("fnc1")
        : folder;
  }

  private static int find(Map<Integer, Integer> parent, int x) {
    int root = x;
    while (parent.getOrDefault(root, root) != root) {
      root = parent.getOrDefault(root, root);
    }
    int at = x;
    while (at != root) {
      int next = parent.getOrDefault(at, root);
      parent.put(at, root);
      at = next;
    }
    return root;
  }
}
