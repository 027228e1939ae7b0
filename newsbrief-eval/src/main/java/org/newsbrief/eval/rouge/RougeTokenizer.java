package org.newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ROUGE-1.5.5's text preparation: truncate to the word limit (counting whitespace-separated words
 * of the raw text, as {@code -l} does), lower-case, put spaces around hyphens, turn every other
 * character that is not a letter or digit into a space, and optionally Porter-stem each token.
 */
final class RougeTokenizer {
  private RougeTokenizer() {}

  /** The sentences of {@code sentences} as token lists, cut to {@code wordLimit} words overall. */
  static List<List<String>> tokenize(List<String> sentences, int wordLimit, boolean stem) {
    List<List<String>> out = new ArrayList<>();
    int budget = wordLimit <= 0 ? Integer.MAX_VALUE : wordLimit;
    for (String sentence : sentences) {
      if (budget <= 0) {
        break;
      }
      String[] raw = sentence.strip().split("\\s+");
      if (raw.length == 1 && raw[0].isEmpty()) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < raw.length && budget > 0; i++, budget--) {
        kept.append(raw[i]).append(' ');
      }
      List<String> tokens = tokens(kept.toString(), stem);
      if (!tokens.isEmpty()) {
        out.add(tokens);
      }
    }
    return out;
  }

  static List<String> tokens(String text, boolean stem) {
    String prepared =
        text.toLowerCase(Locale.ROOT).replace("-", " - ").replaceAll("[^a-z0-9\\-]", " ").strip();
    List<String> tokens = new ArrayList<>();
    if (prepared.isEmpty()) {
      return tokens;
    }
    for (String t : prepared.split("\\s+")) {
      tokens.add(stem ? PorterStemmer.stem(t) : t);
    }
    return tokens;
  }
}
