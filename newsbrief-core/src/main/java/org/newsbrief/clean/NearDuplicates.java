package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.model.Article;
import org.newsbrief.model.Syndication;

/**
 * Finds articles that are copies of one text: the same wire story run by several outlets with a new
 * headline, a dateline, outlet boilerplate or an added paragraph. Two articles are copies when the
 * resemblance (Jaccard) of their bodies' word 5-shingles reaches the threshold; headlines are left
 * out, since outlets rewrite them. Candidate pairs come from MinHash signatures with LSH banding,
 * so each article is compared only with those sharing a band, and each candidate is then confirmed
 * by its exact resemblance. Copies of copies join one group. Deterministic: fixed seeds, groups and
 * their members in the articles' order.
 *
 * <pre>{@code
 * List<Syndication> groups = new NearDuplicates().groups(articles);
 * }</pre>
 */
public final class NearDuplicates {
  /**
   * The default resemblance at which two articles count as copies: on hand-labelled ECB+ pairs it
   * joined no two different write-ups, and found twice the copies that 0.8 finds (see
   * docs/notes/dedup.md).
   */
  public static final double DEFAULT_RESEMBLANCE = 0.5;

  private final double resemblance;

  /** A detector with the default threshold. */
  public NearDuplicates() {
    this(DEFAULT_RESEMBLANCE);
  }

  /** A detector that joins articles whose resemblance is at least {@code resemblance}. */
  public NearDuplicates(double resemblance) {
    if (!(resemblance > 0 && resemblance <= 1)) {
      throw new IllegalArgumentException("resemblance must be in (0, 1]: " + resemblance);
    }
    this.resemblance = resemblance;
  }

  /**
   * The groups of copies among {@code articles}, in the order of their first member; articles that
   * copy nothing are in none, and an article listed twice (same id) counts once.
   */
  public List<Syndication> groups(List<Article> input) {
    Map<String, Article> byId = new LinkedHashMap<>();
    input.forEach(a -> byId.putIfAbsent(a.id(), a));
    List<Article> articles = List.copyOf(byId.values());
    List<long[]> shingles = new ArrayList<>();
    LshIndex index = LshIndex.forThreshold(resemblance);
    int[] parent = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      parent[i] = i;
      long[] own = Shingles.of(articles.get(i).body());
      shingles.add(own);
      if (own.length == 0) {
        continue;
      }
      MinHashSignature signature = MinHashSignature.of(own);
      for (int j : index.candidates(signature)) {
        if (Shingles.resemblance(own, shingles.get(j)) >= resemblance) {
          union(parent, i, j);
        }
      }
      index.add(i, signature);
    }
    return collect(articles, shingles, parent);
  }

  private static List<Syndication> collect(
      List<Article> articles, List<long[]> shingles, int[] parent) {
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      members.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Syndication> groups = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      if (group.size() < 2) {
        continue;
      }
      Comparator<Integer> fullestFirst =
          Comparator.<Integer>comparingInt(i -> -shingles.get(i).length)
              .thenComparing(i -> published(articles.get(i)))
              .thenComparingInt(i -> i);
      int canonical = group.stream().min(fullestFirst).orElseThrow();
      Map<String, String> outlets = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (int i : group) {
        Article a = articles.get(i);
        ids.add(a.id());
        if (a.outlet() != null) {
          outlets.putIfAbsent(a.outlet().toLowerCase(Locale.ROOT), a.outlet());
        }
      }
      groups.add(new Syndication(articles.get(canonical).id(), ids, List.copyOf(outlets.values())));
    }
    return groups;
  }

  private static LocalDate published(Article a) {
    return a.published() == null ? LocalDate.MAX : a.published();
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
