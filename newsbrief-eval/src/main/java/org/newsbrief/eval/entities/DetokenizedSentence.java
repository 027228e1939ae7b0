package org.newsbrief.eval.entities;

import java.util.List;
import java.util.Set;

/**
 * A sentence's tokens written back as text the way news prints it ("Reid 's" as "Reid's", no space
 * before punctuation), with each token's character span, so that names found in the text map back
 * to tokens.
 *
 * @param text the sentence text
 * @param starts each token's first character
 * @param ends the character just past each token
 */
record DetokenizedSentence(String text, int[] starts, int[] ends) {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "n't", "''", "'s", "'S", "’s");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");

  static DetokenizedSentence of(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean glue =
          i == 0 || NO_SPACE_BEFORE.contains(token) || NO_SPACE_AFTER.contains(tokens.get(i - 1));
      if (!glue) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(token);
      ends[i] = text.length();
    }
    return new DetokenizedSentence(text.toString(), starts, ends);
  }

  /** The tokens covering characters {@code from} to {@code to}, as {first, end}, or null. */
  int @org.jspecify.annotations.Nullable [] tokens(int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < to && from < ends[i]) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }
}
