package org.newsbrief.stance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Inverse document frequencies of stems, smoothed as {@code ln((1 + N) / (1 + df)) + 1}. Only stems
 * seen in at least two training documents are kept; any other stem weighs as if seen once.
 *
 * @param documents N, the number of training documents
 * @param frequencies document frequency of each kept stem, sorted
 */
record Idf(int documents, Map<String, Integer> frequencies) {
  static final int MIN_DF = 2;

  Idf {
    Objects.requireNonNull(frequencies, "frequencies");
    frequencies = Map.copyOf(frequencies);
  }

  /** The document frequencies of {@code texts} (each text one document). */
  static Idf of(Collection<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      for (String stem : new HashSet<>(Words.stems(Words.tokens(text)))) {
        df.merge(stem, 1, Integer::sum);
      }
    }
    df.values().removeIf(n -> n < MIN_DF);
    return new Idf(texts.size(), new TreeMap<>(df));
  }

  double weight(String stem) {
    int df = frequencies.getOrDefault(stem, 1);
    return Math.log((1.0 + documents) / (1.0 + df)) + 1;
  }
}
