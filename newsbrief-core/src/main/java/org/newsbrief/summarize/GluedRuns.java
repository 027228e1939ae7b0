package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The candidate furniture runs of a text, one code path for {@link GluedFurniture} at run time and
 * for training its gate ({@link GluedGate}): maximal runs of tokens covered by table grams (token
 * {@value GluedFurniture#GRAM}-grams; {@code stories} gives a gram's training stories, 0 when it is
 * no table gram), their edges taken off where the text branches (an edge gram found in under half
 * the stories of its neighbour inside the run: "image caption the", where "the" opens the sentence
 * glued to it) and a sentence end taken off their start; runs shorter than {@value #MIN_SPAN}
 * tokens are left out.
 */
final class GluedRuns {
  static final int MIN_SPAN = 3;
  private static final double BRANCH = 0.5;
  private static final String ENDS = ".!?\"”";

  private GluedRuns() {}

  /** The runs of {@code tokens} as {from, to} token indices, in order. */
  static List<int[]> of(List<Furniture.Token> tokens, ToIntFunction<String> stories) {
    int n = tokens.size();
    int gram = GluedFurniture.GRAM;
    boolean[] covered = new boolean[n];
    int[] count = new int[n];
    for (int i = 0; i + gram <= n; i++) {
      count[i] = stories.applyAsInt(key(tokens, i));
      if (count[i] > 0) {
        Arrays.fill(covered, i, i + gram, true);
      }
    }
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < n; ) {
      if (!covered[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && covered[end]) {
        end++;
      }
      int a = i;
      int b = end;
      while (b - a > gram && count[b - gram] < BRANCH * count[b - gram - 1]) {
        b--;
      }
      while (b - a > gram && count[a] < BRANCH * count[a + 1]) {
        a++;
      }
      while (a < b && ENDS.contains(tokens.get(a).text())) {
        a++;
      }
      if (b - a >= MIN_SPAN) {
        runs.add(new int[] {a, b});
      }
      i = end;
    }
    return runs;
  }

  /**
   * The first gram of the run {@code from}-{@code to}: its own first, or for a run shorter than a
   * gram (its leading sentence end taken off) the gram ending where it ends.
   */
  static int firstGram(int from, int to) {
    return Math.max(0, Math.min(from, to - GluedFurniture.GRAM));
  }

  /** Whether {@code token} ends a sentence. */
  static boolean sentenceEnd(Furniture.Token token) {
    return ENDS.contains(token.text());
  }

  /** The gram at {@code at}: its tokens joined by single spaces. */
  static String key(List<Furniture.Token> tokens, int at) {
    StringBuilder key = new StringBuilder(tokens.get(at).text());
    for (int k = 1; k < GluedFurniture.GRAM; k++) {
      key.append(' ').append(tokens.get(at + k).text());
    }
    return key.toString();
  }
}
