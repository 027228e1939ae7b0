package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within one paragraph: an opening mark (“, or " at the start of a word)
 * pairs with the next closing mark (” or "), so mixed marks still pair.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** [start, end) of each quotation's content, in order; unclosed quotes run to the end. */
  static List<int[]> spans(String p) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (open < 0 && (c == '“' || c == '"' && opensAt(p, i))) {
        open = i + 1;
      } else if (open >= 0 && (c == '”' || c == '"')) {
        if (i > open) {
          spans.add(new int[] {open, i});
        }
        open = -1;
      }
    }
    if (open >= 0 && p.length() - open > 20) {
      spans.add(new int[] {open, p.length()});
    }
    return spans;
  }

  private static boolean opensAt(String p, int i) {
    return i == 0
        || !Character.isLetterOrDigit(p.charAt(i - 1))
        || i + 1 < p.length() && Character.isLetter(p.charAt(i + 1));
  }

  static boolean startsWithQuote(String p) {
    String t = p.strip();
    return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"');
  }
}
