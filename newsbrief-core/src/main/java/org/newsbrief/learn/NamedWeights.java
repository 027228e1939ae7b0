package org.newsbrief.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a linear model's weights: one "name weight" line per feature (space or tab
 * between), blank lines and "#" comments ignored. Shared by the models that ship as such files.
 */
public final class NamedWeights {
  private NamedWeights() {}

  /** Every "name weight" line of {@code text}, in file order. */
  public static Map<String, Double> read(Reader text) throws IOException {
    Map<String, Double> byName = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(text);
    String line;
    while ((line = in.readLine()) != null) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("[ \\t]");
      if (parts.length != 2) {
        throw new IOException("not 'name weight': " + line);
      }
      byName.put(parts[0], Double.parseDouble(parts[1]));
    }
    return byName;
  }

  /**
   * The weights of {@code prefix + name} for each of {@code names}, in order; all must be there.
   */
  public static double[] inOrder(Map<String, Double> byName, List<String> names, String prefix)
      throws IOException {
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = byName.get(prefix + names.get(i));
      if (v == null) {
        throw new IOException("no weight for " + prefix + names.get(i));
      }
      w[i] = v;
    }
    return w;
  }
}
