package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Union-find over names: which names stand for one entity. */
final class Aliases {
  private final Map<String, String> parent = new HashMap<>();

  void add(String name) {
    parent.putIfAbsent(name, name);
  }

  boolean known(String name) {
    return parent.containsKey(name) && !find(name).equals(name);
  }

  String find(String name) {
    add(name);
    String root = name;
    String up = parent.getOrDefault(root, root);
    while (!up.equals(root)) {
      root = up;
      up = parent.getOrDefault(root, root);
    }
    parent.put(name, root);
    return root;
  }

  void union(String a, String b) {
    String ra = find(a.strip());
    String rb = find(b.strip());
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }

  /** Every name in the same group as {@code name}. */
  List<String> members(String name) {
    String root = find(name);
    List<String> members = new ArrayList<>();
    for (String n : new ArrayList<>(parent.keySet())) {
      if (find(n).equals(root)) {
        members.add(n);
      }
    }
    return members;
  }
}
