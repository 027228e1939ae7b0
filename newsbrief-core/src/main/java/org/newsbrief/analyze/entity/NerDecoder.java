package org.newsbrief.analyze.entity;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags a document in two passes of beam search over BILOU tag sequences, sentence by sentence. A
 * token's features that do not depend on the tags before it are scored once ({@link
 * NerFeatures#fixed}); only the few that do ({@link NerFeatures#moving}) are scored for each
 * sequence in the beam. The first pass knows nothing of the rest of the document; the second also
 * sees the type the first pass gave most often to the same word elsewhere in the document, before
 * or after it (a headline's "LEICESTERSHIRE" learns from the body's "Leicestershire"). Training
 * runs the same search with a {@link Learner}: when the gold sequence falls out of the beam (early
 * update, Collins and Roark 2004) or does not win at the end, the weights move towards the gold
 * prefix and away from the best one, and the sentence is decoded on without learning.
 */
public final class NerDecoder {
  /** The beam width the shipped model was trained with. */
  public static final int WIDTH = 4;

  private NerDecoder() {}

  /** Learns from the search while training. */
  public interface Learner {
    /** The gold tags of sentence {@code s}. */
    int[] gold(int s);

    /** Adds {@code delta} to the weight of {@code tag} for features {@code features[0..n)}. */
    void add(long[] features, int n, int tag, int delta);

    /** Counts one token searched (the clock of the averaging). */
    void tick();
  }

  /** The tags of every sentence of {@code d}, by beam search of width {@code width}. */
  public static int[][] decode(
      NerDocument d, NerScorer scorer, int width, @Nullable Learner learner) {
    NerBeam search = new NerBeam(d, scorer, width, learner);
    int[][] first = new int[d.size()][];
    for (int s = 0; s < d.size(); s++) {
      first[s] = search.sentence(s, null);
    }
    Map<String, int[]> counts = new HashMap<>();
    for (int s = 0; s < d.size(); s++) {
      for (int i = 0; i < d.length(s); i++) {
        if (counted(d, s, i)) {
          counts.computeIfAbsent(d.lower[s][i], k -> new int[5])[slot(first[s][i])]++;
        }
      }
    }
    Elsewhere elsewhere = new Elsewhere(counts, first);
    int[][] tags = new int[d.size()][];
    for (int s = 0; s < d.size(); s++) {
      tags[s] = search.sentence(s, elsewhere);
    }
    return tags;
  }

  /** The first pass's types of each word, and its own tags (left out of a token's own view). */
  record Elsewhere(Map<String, int[]> counts, int[][] first) {
    int of(NerDocument d, int s, int i) {
      int[] c = counts.get(d.lower[s][i]);
      if (c == null || !counted(d, s, i)) {
        return -1;
      }
      int own = slot(first[s][i]);
      int best = -1;
      for (int k = 0; k < c.length; k++) {
        int n = c[k] - (k == own ? 1 : 0);
        if (n > 0 && (best < 0 || n > c[best] - (best == own ? 1 : 0))) {
          best = k;
        }
      }
      return best;
    }
  }

  static boolean counted(NerDocument d, int s, int i) {
    String shape = d.shapes[s][i];
    return shape.indexOf('x') >= 0 || shape.indexOf('X') >= 0;
  }

  private static int slot(int tag) {
    int type = NerTags.type(tag);
    return type < 0 ? 4 : type;
  }
}
