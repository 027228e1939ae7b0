package org.newsbrief.analyze.entity;

import java.util.regex.Pattern;

/** Game scores ("45-17", "20 - 13") in sentences: a story that gives them is about sport. */
final class Scores {
  private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3} ?- ?\\d{1,3}\\b");

  private Scores() {}

  /** Whether {@code sentence} gives a score. */
  static boolean in(String sentence) {
    return SCORE.matcher(sentence).find();
  }

  /** The share of the non-blank lines of {@code text} (one sentence a line) that give a score. */
  static double share(String text) {
    int lines = 0;
    int scored = 0;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines++;
        scored += in(line) ? 1 : 0;
      }
    }
    return scored / (double) Math.max(1, lines);
  }
}
