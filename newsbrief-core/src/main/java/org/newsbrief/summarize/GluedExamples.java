package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GluedGate} is trained on and what it ships with, from {@link GluedCounts}. Rows
 * ({@link #of}): every candidate run ({@link GluedRuns}) in a training story's articles, found and
 * described by counts with that story left out (so its own summary cannot leak into its features),
 * labelled by whether the story's human summary reuses a pair of adjacent words of the run (the
 * cost of cutting it), and marked sure furniture when every gram of the run is in at least {@value
 * #SURE} other stories and none of their summaries. A table gram is in at least {@code minStories}
 * stories and at most {@code maxRate} of their summaries; a word's keep rate counts when it is in
 * at least {@code minSource} stories.
 */
public final class GluedExamples {
  /** The fewest stories of every gram of a sure-furniture run. */
  public static final int SURE = 100;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}].*");

  /** One training run: features, whether the summary reuses it, whether it is sure furniture. */
  public record Row(double[] x, boolean harm, boolean sure) {}

  private final GluedCounts counts;
  private final int minStories;
  private final double maxRate;
  private final int minSource;

  /** Examples over {@code counts} (both passes done) for one table setting. */
  public GluedExamples(GluedCounts counts, int minStories, double maxRate, int minSource) {
    this.counts = counts;
    this.minStories = minStories;
    this.maxRate = maxRate;
    this.minSource = minSource;
  }

  /** The rows of one training story (class comment). */
  public List<Row> of(List<String> articles, String summary) {
    Map<Long, int[]> own = new HashMap<>();
    Set<String> ownWords = new HashSet<>();
    for (String article : articles) {
      List<Furniture.Token> tokens = Furniture.tokens(article);
      for (int i = 0; i + GluedFurniture.GRAM <= tokens.size(); i++) {
        long h = GluedCounts.hash(GluedFurniture.key(tokens, i));
        int[] e = GluedCounts.edges(article, tokens, i);
        int[] c = own.computeIfAbsent(h, k -> new int[3]);
        for (int k = 0; k < 3; k++) {
          c[k] += e[k];
        }
      }
      tokens.forEach(t -> ownWords.add(t.text()));
    }
    List<Furniture.Token> said = Furniture.tokens(summary);
    Set<Long> saidGrams = new HashSet<>();
    for (int i = 0; i + GluedFurniture.GRAM <= said.size(); i++) {
      saidGrams.add(GluedCounts.hash(GluedFurniture.key(said, i)));
    }
    Set<String> saidWords = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < said.size(); i++) {
      saidWords.add(said.get(i).text());
      if (i > 0 && word(said.get(i - 1)) && word(said.get(i))) {
        pairs.add(said.get(i - 1).text() + " " + said.get(i).text());
      }
    }
    GluedGate.Counts held =
        new GluedGate.Counts() {
          @Override
          public int @Nullable [] gram(String key) {
            long h = GluedCounts.hash(key);
            if (!counts.named().containsKey(h)) {
              return null;
            }
            int[] c = counts.gram(h);
            int[] mine = own.getOrDefault(h, new int[3]);
            boolean used = own.containsKey(h);
            return new int[] {
              c[0] - (used ? 1 : 0),
              c[1] - (used && saidGrams.contains(h) ? 1 : 0),
              c[2] - mine[0],
              c[3] - mine[1],
              c[4] - mine[2]
            };
          }

          @Override
          public double rate(String w) {
            int[] c = counts.word(w);
            boolean used = ownWords.contains(w) && c[0] > 0;
            return keepRate(c[0] - (used ? 1 : 0), c[1] - (used && saidWords.contains(w) ? 1 : 0));
          }
        };
    List<Row> rows = new ArrayList<>();
    for (String article : articles) {
      List<Furniture.Token> tokens = Furniture.tokens(article);
      for (int[] run : GluedRuns.of(tokens, k -> stories(held.gram(k)))) {
        boolean harm = false;
        boolean sure = true;
        for (int i = run[0] + 1; i < run[1]; i++) {
          harm |= pairs.contains(tokens.get(i - 1).text() + " " + tokens.get(i).text());
        }
        for (int i = GluedRuns.firstGram(run[0], run[1]); i + GluedFurniture.GRAM <= run[1]; i++) {
          int[] c = held.gram(GluedFurniture.key(tokens, i));
          sure &= c != null && c[0] >= SURE && c[1] == 0;
        }
        rows.add(new Row(GluedGate.features(tokens, run[0], run[1], held), harm, sure));
      }
    }
    return rows;
  }

  /** The shipped form: the table of all counts with {@code gate}'s weights and cut. */
  public GluedFurniture table(double[] weights, double cut) {
    Map<String, Integer> table = new HashMap<>();
    Map<String, int[]> stats = new HashMap<>();
    counts
        .named()
        .forEach(
            (h, g) -> {
              int[] c = counts.gram(h);
              if (stories(c) > 0) {
                table.put(g, c[0]);
                stats.put(g, c);
              }
            });
    Map<String, Double> rates = new HashMap<>();
    counts.words(
        (w, c) -> {
          double r = keepRate(c[0], c[1]);
          if (r < GluedGate.CAP) {
            rates.put(w, r);
          }
        });
    return new GluedFurniture(table, Set.of(), new GluedGate(stats, rates, weights, cut));
  }

  /** A gram's stories when it is a table gram, else 0. */
  private int stories(int @Nullable [] c) {
    return c != null && c[0] >= minStories && c[1] <= maxRate * c[0] ? c[0] : 0;
  }

  private double keepRate(int stories, int kept) {
    return stories < minSource
        ? GluedGate.CAP
        : Math.min(GluedGate.CAP, (kept + 0.5) / (stories + 1.0));
  }

  private static boolean word(Furniture.Token t) {
    return WORD.matcher(t.text()).matches();
  }
}
