package org.newsbrief.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@link SentenceForm} model knows of a sentence's form, apart from what it says: its
 * length, the share of punctuation, digits and function words, the marks of web pages (pipes, at
 * signs, slashes, colons, brackets, dashes, quotation marks, addresses), repeated words, the
 * longest run without a function word (headlines and lists drop them), and how often human
 * summaries keep its words and word pairs where the sources use them ({@link LexicalPriors},
 * frequent n-grams only: page furniture such as "text size" or "toggle caption" is in many stories'
 * sources and almost no summary). One code path for training and runtime.
 */
final class FormFeatures {
  static final List<String> NAMES =
      List.of(
          "bias",
          "log_tokens",
          "punct_share",
          "digit_share",
          "stop_share",
          "web_marks",
          "slashes",
          "colons",
          "brackets",
          "dashes",
          "quote_marks",
          "address",
          "min_pair_prior",
          "mean_pair_prior",
          "low_pair_share",
          "min_word_prior",
          "mean_word_prior",
          "rare_pair_share",
          "repeat_share",
          "content_run",
          "log_longest_word",
          "ends_full_stop");

  /** A share of stories (log scale, as {@link LexicalPriors} gives it) that counts as frequent. */
  private static final double FREQUENT = 0.35;

  private static final double LOW = -2;

  private FormFeatures() {}

  /** The features of {@code text} (a sentence as the summary would quote it). */
  static double[] of(String text, LexicalPriors priors) {
    List<String> tokens = SummaryTokens.of(text);
    int n = Math.max(tokens.size(), 1);
    double[] f = new double[NAMES.size()];
    f[0] = 1;
    f[1] = Math.log1p(tokens.size());
    int punct = 0;
    int web = 0;
    int slashes = 0;
    int colons = 0;
    int brackets = 0;
    int dashes = 0;
    int quotes = 0;
    int chars = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      chars++;
      if (!Character.isLetterOrDigit(c)) {
        punct++;
      }
      switch (c) {
        case '|', '@', '#', '_', '=', '<', '>', '*', '~', '^', '+', '•', '»', '«' -> web++;
        case '/', '\\' -> slashes++;
        case ':' -> colons++;
        case '(', ')', '[', ']', '{', '}' -> brackets++;
        case '-', '—', '–' -> dashes++;
        case '"', '“', '”' -> quotes++;
        default -> {}
      }
    }
    f[2] = punct / (double) Math.max(chars, 1);
    f[5] = Math.min(web, 5);
    f[6] = Math.min(slashes, 5);
    f[7] = Math.min(colons, 5);
    f[8] = Math.min(brackets, 5);
    f[9] = Math.min(dashes, 5);
    f[10] = Math.min(quotes, 5);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    f[11] = lower.contains("http") || lower.contains("www.") || lower.contains(".com") ? 1 : 0;
    String end = text.strip().replaceAll("[\"”’')\\]]+$", "");
    f[21] = end.endsWith(".") ? 1 : 0;
    lexical(tokens, n, priors, f);
    return f;
  }

  private static void lexical(List<String> tokens, int n, LexicalPriors priors, double[] f) {
    int digits = 0;
    int stops = 0;
    int run = 0;
    int longestRun = 0;
    int longestWord = 1;
    double wordMin = 0;
    double wordSum = 0;
    int words = 0;
    Set<String> distinct = new HashSet<>();
    for (String t : tokens) {
      distinct.add(t);
      longestWord = Math.max(longestWord, t.length());
      if (Character.isDigit(t.charAt(0))) {
        digits++;
      }
      if (SummaryTokens.STOP.contains(t)) {
        stops++;
        run = 0;
      } else {
        longestRun = Math.max(longestRun, ++run);
        double[] p = priors.features(t, null);
        if (p[1] >= FREQUENT) {
          wordMin = Math.min(wordMin, p[0]);
          wordSum += p[0];
          words++;
        }
      }
    }
    double pairMin = 0;
    double pairSum = 0;
    int pairs = 0;
    int low = 0;
    int rare = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      double[] p = priors.features(tokens.get(i) + " " + tokens.get(i + 1), null);
      if (p[1] >= FREQUENT) {
        pairMin = Math.min(pairMin, p[0]);
        pairSum += p[0];
        pairs++;
        low += p[0] < LOW ? 1 : 0;
      } else {
        rare++;
      }
    }
    int allPairs = Math.max(tokens.size() - 1, 1);
    f[3] = digits / (double) n;
    f[4] = stops / (double) n;
    f[12] = pairMin;
    f[13] = pairs == 0 ? 0 : pairSum / pairs;
    f[14] = low / (double) allPairs;
    f[15] = wordMin;
    f[16] = words == 0 ? 0 : wordSum / words;
    f[17] = rare / (double) allPairs;
    f[18] = 1 - distinct.size() / (double) n;
    f[19] = longestRun / (double) n;
    f[20] = Math.log(longestWord);
  }
}
