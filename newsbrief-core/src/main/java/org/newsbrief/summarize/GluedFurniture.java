package org.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Page furniture glued inside a sentence, learned from data ({@link GluedCounts}): token {@value
 * #GRAM}-grams that recur in the sources of many unrelated training stories while their summaries
 * almost never use them ("text size - + reset", "media playback is unsupported on your device media
 * caption", "/ getty images )"). A run of tokens covered by such grams is furniture when it holds
 * at least {@value GluedRuns#MIN_SPAN} tokens and a word summaries almost never keep, once its
 * edges are taken off where the text stops being the same across stories (an edge gram found in
 * under half the stories of its neighbour inside the run: "image caption the", where "the" opens
 * the sentence glued to it) and a sentence end is taken off its start. {@link #cut} keeps the
 * pieces of the sentence between furniture runs that are sentences: at least {@value #MIN_PIECE}
 * tokens ending in a sentence end, or the sentence's own last piece (a headline before furniture
 * has no full stop; two sentences the splitter missed around a time stamp both stay). With a
 * learned {@link GluedGate} the gate, not the rare word, decides which runs are cut.
 */
public final class GluedFurniture {
  /** The shipped table's resource name, beside this class. */
  public static final String RESOURCE = "glued-furniture.tsv";

  /** The length of a table gram, in tokens. */
  public static final int GRAM = 4;

  static final int MIN_PIECE = 5;
  private static final String ENDS = ".!?\"”";
  private static final GluedFurniture NONE = new GluedFurniture(Map.of(), Set.of());

  private final Map<String, Integer> grams;
  private final Set<String> rare;
  private final @Nullable GluedGate gate;

  /**
   * A table: {@code grams} (tokens joined by single spaces, as {@link Furniture#tokens} gives them)
   * with the training stories using each, and the {@code rare} words a run must hold one of.
   */
  public GluedFurniture(Map<String, Integer> grams, Set<String> rare) {
    this(grams, rare, null);
  }

  /** A table whose runs are cut by a learned {@code gate} instead of a rare word, when given. */
  public GluedFurniture(Map<String, Integer> grams, Set<String> rare, @Nullable GluedGate gate) {
    this.grams = Map.copyOf(grams);
    this.rare = Set.copyOf(rare);
    this.gate = gate;
  }

  /** No glued furniture known: {@link #cut} returns its input. */
  public static GluedFurniture none() {
    return NONE;
  }

  /** How many grams the table holds. */
  public int size() {
    return grams.size();
  }

  /** {@code text} cut to its pieces between furniture runs that are sentences (class comment). */
  public String cut(String text) {
    if (grams.isEmpty()) {
      return text;
    }
    List<Furniture.Token> tokens = Furniture.tokens(text);
    StringBuilder kept = new StringBuilder();
    int pieceFrom = 0;
    boolean found = false;
    for (int[] run : GluedRuns.of(tokens, k -> grams.getOrDefault(k, 0))) {
      if (gate != null ? gate.furniture(tokens, run[0], run[1]) : holdsRare(tokens, run)) {
        found = true;
        keep(text, tokens, pieceFrom, run[0], false, kept);
        pieceFrom = run[1];
      }
    }
    if (!found) {
      return text;
    }
    keep(text, tokens, pieceFrom, tokens.size(), true, kept);
    return kept.toString();
  }

  /**
   * Adds the piece {@code from}-{@code to} to {@code kept} when it is a sentence: at least {@value
   * #MIN_PIECE} tokens, ending in a sentence end or the sentence's own end ({@code last}).
   */
  private static void keep(
      String text,
      List<Furniture.Token> tokens,
      int from,
      int to,
      boolean last,
      StringBuilder kept) {
    if (to - from < MIN_PIECE || !last && !ENDS.contains(tokens.get(to - 1).text())) {
      return;
    }
    kept.append(kept.length() == 0 ? "" : " ")
        .append(text, tokens.get(from).start(), tokens.get(to - 1).end());
  }

  private boolean holdsRare(List<Furniture.Token> tokens, int[] run) {
    for (int i = run[0]; i < run[1]; i++) {
      if (rare.contains(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  static String key(List<Furniture.Token> tokens, int at) {
    return GluedRuns.key(tokens, at);
  }

  /**
   * Reads a table written by {@link #write}: lines {@code rare <tab> word} and {@code gram <tab>
   * tokens <tab> stories}.
   */
  public static GluedFurniture read(Reader text) throws IOException {
    Map<String, Integer> grams = new HashMap<>();
    Set<String> rare = new HashSet<>();
    Map<String, int[]> stats = new HashMap<>();
    Map<String, Double> rates = new HashMap<>();
    double[] model = new double[GluedGate.FEATURES + 1];
    boolean gated = false;
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("gram") && f.length == 3 && f[2].matches("\\d{1,9}")) {
        grams.put(f[1], Integer.parseInt(f[2]));
      } else if (f[0].equals("rare") && f.length == 2) {
        rare.add(f[1]);
      } else if (GluedGate.read(f, stats, rates, model)) {
        gated |= f[0].equals("gate");
      } else {
        throw new IOException("not a glued-furniture table: " + line);
      }
    }
    return new GluedFurniture(grams, rare, gated ? GluedGate.of(stats, rates, model) : null);
  }

  /** Writes the table, sorted, one entry a line. */
  public void write(Writer out) throws IOException {
    out.write(
        "# newsbrief glued page furniture (see GluedFurniture): rare words; grams, stories\n");
    for (String w : new TreeSet<>(rare)) {
      out.write("rare\t" + w + "\n");
    }
    for (Map.Entry<String, Integer> g : new TreeMap<>(grams).entrySet()) {
      out.write("gram\t" + g.getKey() + "\t" + g.getValue() + "\n");
    }
    if (gate != null) {
      gate.write(out);
    }
    out.flush();
  }
}
