package org.newsbrief.eval.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Unordered pairs of document ids, and precision and recall of one set of pairs against another.
 */
final class CopyPairs {
  static final String LABELS = "ecbplus-dev-copies.tsv";

  private CopyPairs() {}

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
  }

  /** Every pair inside each group. */
  static Set<String> within(Collection<? extends List<String>> groups) {
    Set<String> pairs = new TreeSet<>();
    for (List<String> group : groups) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          pairs.add(pair(group.get(i), group.get(j)));
        }
      }
    }
    return pairs;
  }

  /** The pairs labelled as copies in the bundled label file. */
  static Set<String> labelledCopies() throws IOException {
    Set<String> copies = new TreeSet<>();
    try (InputStream in = Objects.requireNonNull(CopyPairs.class.getResourceAsStream(LABELS));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cols = line.split("\t");
        if (cols.length == 3 && cols[2].equals("1")) {
          copies.add(pair(cols[0], cols[1]));
        }
      }
    }
    return copies;
  }

  /** Pairwise precision, recall and F1 of {@code predicted} against {@code gold}. */
  static Map<String, Double> score(Set<String> predicted, Set<String> gold) {
    long tp = predicted.stream().filter(gold::contains).count();
    double p = predicted.isEmpty() ? 1 : tp / (double) predicted.size();
    double r = gold.isEmpty() ? 1 : tp / (double) gold.size();
    Map<String, Double> m = new HashMap<>();
    m.put("precision", p);
    m.put("recall", r);
    m.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    return m;
  }
}
