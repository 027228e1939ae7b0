package org.newsbrief.analyze.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.learn.ShippedModels;

/**
 * A first name's gender learned from news text ({@code newsbrief train quotes --set part=gender}):
 * how often the name, followed by a surname, was followed by he/him/his and how often by
 * she/her/hers before another person was named. Ships as {@value #RESOURCE} with a manifest; an
 * empty table when none ships. Immutable.
 */
public final class NameGender {
  /** The shipped table's resource name, beside this class. */
  public static final String RESOURCE = "name-gender.txt";

  private static volatile @Nullable NameGender shipped;
  private final Map<String, int[]> counts;

  /** A table of {@code counts}: lower-cased first name to {male, female} pronoun counts. */
  public NameGender(Map<String, int[]> counts) {
    Map<String, int[]> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), new int[] {v[0], v[1]}));
    this.counts = copy;
  }

  /** The table shipped with newsbrief (empty when none ships). */
  public static NameGender shipped() {
    NameGender table = shipped;
    if (table == null) {
      table =
          ShippedModels.loadOr(
              NameGender.class, RESOURCE, NameGender::read, new NameGender(Map.of()));
      shipped = table;
    }
    return table;
  }

  /**
   * The gender of {@code firstName}, from -1 (only "she") to 1 (only "he"): (male - female) / (male
   * + female + 2), 0 when unknown.
   */
  public double of(String firstName) {
    int[] c = counts.get(firstName.toLowerCase(Locale.ROOT));
    return c == null ? 0 : (c[0] - c[1]) / (double) (c[0] + c[1] + 2);
  }

  /** Whether {@code word} is a first name of the table. */
  public boolean known(String word) {
    return counts.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The number of names. */
  public int size() {
    return counts.size();
  }

  /** Reads a table written by {@link #write}: "name male female" lines, '#' comments. */
  public static NameGender read(Reader text) throws IOException {
    Map<String, int[]> counts = new TreeMap<>();
    BufferedReader in = new BufferedReader(text);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\\s+");
      if (f.length != 3) {
        throw new IOException("need 'name male female', got: " + line);
      }
      try {
        counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
      } catch (NumberFormatException e) {
        throw new IOException("counts must be whole numbers: " + line, e);
      }
    }
    return new NameGender(counts);
  }

  /** Writes one "name male female" line per name, in name order. */
  public void write(Writer out) throws IOException {
    out.write("# newsbrief first-name gender: name, then he/him/his and she/her/hers counts\n");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.write(e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1] + "\n");
    }
  }
}
