package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens as ROUGE counts them (lower case, letters and digits, a hyphen a token of its own), so
 * that the coverage model learns and predicts the very units a summary is judged by.
 */
final class SummaryTokens {
  /** Function words, told apart by the coverage model's features. */
  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from",
          "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this",
          "that", "these", "those", "he", "she", "they", "his", "her", "their", "i", "we", "you",
          "said", "says", "not", "but", "will", "would", "could", "can", "who", "which", "what",
          "when", "where", "there", "than", "then", "also", "after", "before", "about", "over",
          "into", "more", "most", "up", "out", "one", "two", "new", "s", "t");

  private SummaryTokens() {}

  /** The tokens of {@code text}. */
  static List<String> of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(lower.substring(start, i));
        start = -1;
      }
      if (c == '-') {
        tokens.add("-");
      }
    }
    return tokens;
  }

  /** Words as a word limit counts them: runs of non-space characters. */
  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** How often {@code tokens} use each token and each pair of neighbours ("nuclear talks"). */
  static java.util.Map<String, Integer> grams(List<String> tokens) {
    java.util.Map<String, Integer> grams = new java.util.HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      grams.merge(tokens.get(i), 1, Integer::sum);
      if (i + 1 < tokens.size()) {
        grams.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
      }
    }
    return grams;
  }
}
