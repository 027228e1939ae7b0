package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.analyze.Tokens;

/**
 * Incremental single-pass story clustering. Terms are weighted by (1 + ln tf) times a smoothed idf
 * from the documents seen so far, vectors are L2-normalised, and a story's centroid is the mean of
 * its members. Not thread-safe: one clusterer follows one stream.
 */
public final class StoryClusterer {
  private static final int INDEXED_TERMS = 30;

  /** Names weigh three times an ordinary word: stories are told by who and where. */
  private static final double NAME_BOOST = 3.0;

  /** The similarity threshold tuned on the ECB+ stories dev half. */
  public static final double DEFAULT_THRESHOLD = 0.3;

  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("(?<![.!?\\n]\\s)(?<=\\s)\\p{Lu}[\\p{L}’'-]+");

  private final double threshold;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final List<Map<String, Double>> centroids = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private final Map<String, Set<Integer>> index = new HashMap<>();
  private int documents;

  /** A clusterer joining an article to a story at cosine similarity {@code threshold} or more. */
  public StoryClusterer(double threshold) {
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    this.threshold = threshold;
  }

  /** Adds one article's text and returns the index of the story it joins or starts. */
  public int add(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Tokens.contentWords(text)) {
      tf.merge(t, 1, Integer::sum);
    }
    documents++;
    tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    Map<String, Double> weights = weigh(tf);
    for (String name : names(text)) {
      weights.computeIfPresent(name, (t, w) -> w * NAME_BOOST);
    }
    Map<String, Double> vector = normalise(weights);
    int best = -1;
    double bestSimilarity = threshold;
    for (int story : candidates(vector)) {
      double similarity = dot(vector, centroids.get(story));
      if (similarity >= bestSimilarity) {
        bestSimilarity = similarity;
        best = story;
      }
    }
    if (best < 0) {
      best = centroids.size();
      centroids.add(new HashMap<>());
      sizes.add(0);
    }
    join(best, vector);
    return best;
  }

  /** Capitalised words inside sentences, lower-cased: the names an article mentions. */
  private static Set<String> names(String text) {
    Set<String> names = new HashSet<>();
    java.util.regex.Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(m.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
    }
    return names;
  }

  /** The number of stories so far. */
  public int stories() {
    return centroids.size();
  }

  private Map<String, Double> weigh(Map<String, Integer> tf) {
    Map<String, Double> w = new HashMap<>();
    tf.forEach(
        (t, f) ->
            w.put(
                t,
                (1 + Math.log(f))
                    * (Math.log((documents + 1.0) / (documentFrequency.getOrDefault(t, 1) + 1.0))
                        + 1)));
    return w;
  }

  private Set<Integer> candidates(Map<String, Double> vector) {
    Set<Integer> found = new HashSet<>();
    for (String t : strongest(vector)) {
      found.addAll(index.getOrDefault(t, Set.of()));
    }
    return found;
  }

  private void join(int story, Map<String, Double> vector) {
    Map<String, Double> centroid = centroids.get(story);
    int n = sizes.get(story);
    Map<String, Double> updated = new HashMap<>();
    centroid.forEach((t, v) -> updated.put(t, v * n / (n + 1)));
    vector.forEach((t, v) -> updated.merge(t, v / (n + 1), Double::sum));
    Map<String, Double> normalised = normalise(updated);
    centroids.set(story, normalised);
    sizes.set(story, n + 1);
    for (String t : strongest(normalised)) {
      index.computeIfAbsent(t, k -> new HashSet<>()).add(story);
    }
  }

  private static List<String> strongest(Map<String, Double> vector) {
    return vector.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(INDEXED_TERMS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Double> normalise(Map<String, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    Map<String, Double> out = new HashMap<>();
    if (norm > 0) {
      v.forEach((t, x) -> out.put(t, x / norm));
    }
    return out;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      sum += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    }
    return sum;
  }
}
