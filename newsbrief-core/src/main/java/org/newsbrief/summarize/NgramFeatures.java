package org.newsbrief.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a story's window says about each of its words and word pairs: how often and in how many
 * articles it occurs, how early, whether in an opening sentence, in the first three sentences or in
 * the first article, and what kind of word it is. These are the inputs of the {@link
 * CoverageModel}. Keys are a token ("iran") or two tokens joined by a space ("nuclear talks").
 */
final class NgramFeatures {
  static final List<String> UNIGRAM =
      List.of(
          "bias",
          "log_tf",
          "df_share",
          "in_all",
          "first_position",
          "in_opening",
          "stop",
          "stop_log_tf",
          "length",
          "digit",
          "log_articles",
          "log_lead_tf",
          "log_first_article_tf",
          "prior",
          "common");
  static final List<String> BIGRAM =
      List.of(
          "bias",
          "log_tf",
          "df_share",
          "in_all",
          "first_position",
          "in_opening",
          "one_stop",
          "two_stop",
          "two_stop_log_tf",
          "log_word_tf",
          "log_articles",
          "log_lead_tf",
          "log_first_article_tf",
          "prior",
          "common",
          "word_prior",
          "word_prior_min");

  private NgramFeatures() {}

  /** Counts of one n-gram over the window. */
  private static final class Tally {
    int tf;
    int lead;
    int firstArticle;
    double firstPosition = 9;
    boolean opening;
    final Set<Integer> articles = new HashSet<>();

    void add(StoryWindow.Placed p) {
      tf++;
      articles.add(p.article());
      firstPosition =
          Math.min(
              firstPosition, p.sentence().index() / (double) Math.max(p.articleSentences(), 1));
      int index = p.sentence().index();
      opening |= index == 0;
      lead += index < 3 ? 1 : 0;
      firstArticle += p.article() == 0 ? 1 : 0;
    }
  }

  /**
   * Feature vectors of every unigram ({@code n == 1}) or bigram ({@code n == 2}) of the window, the
   * lexical features from {@code priors} (less the story's own counts when {@code leftOut}, its
   * reference counts, is given: training on the stories the priors were counted on).
   */
  static Map<String, double[]> of(
      List<List<StoryWindow.Placed>> window,
      int n,
      LexicalPriors priors,
      @Nullable Map<String, Integer> leftOut) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Map<String, Integer> unigramTf = new HashMap<>();
    for (List<StoryWindow.Placed> article : window) {
      for (StoryWindow.Placed p : article) {
        List<String> t = p.tokens();
        t.forEach(w -> unigramTf.merge(w, 1, Integer::sum));
        for (int i = 0; i + n <= t.size(); i++) {
          String key = n == 1 ? t.get(i) : t.get(i) + " " + t.get(i + 1);
          tallies.computeIfAbsent(key, k -> new Tally()).add(p);
        }
      }
    }
    int articles = Math.max(window.size(), 1);
    Map<String, double[]> features = new LinkedHashMap<>();
    tallies.forEach(
        (key, tally) -> {
          double[] base = vector(key, tally, articles, n, unigramTf);
          double[] prior = priors.features(key, leftOut);
          double[] extra;
          if (n == 1) {
            extra = prior;
          } else {
            int space = key.indexOf(' ');
            double first = priors.features(key.substring(0, space), leftOut)[0];
            double second = priors.features(key.substring(space + 1), leftOut)[0];
            extra = new double[] {prior[0], prior[1], first + second, Math.min(first, second)};
          }
          double[] all = Arrays.copyOf(base, base.length + extra.length);
          System.arraycopy(extra, 0, all, base.length, extra.length);
          features.put(key, all);
        });
    return features;
  }

  private static double[] vector(
      String key, Tally t, int articles, int n, Map<String, Integer> unigramTf) {
    double logTf = Math.log1p(t.tf);
    double share = t.articles.size() / (double) articles;
    double inAll = t.articles.size() == articles && articles > 1 ? 1 : 0;
    double opening = t.opening ? 1 : 0;
    double[] head = {1, logTf, share, inAll, t.firstPosition, opening};
    double[] tail = {Math.log(articles), Math.log1p(t.lead), Math.log1p(t.firstArticle)};
    double[] kind;
    if (n == 1) {
      double stop = SummaryTokens.STOP.contains(key) ? 1 : 0;
      double digit = key.chars().allMatch(Character::isDigit) ? 1 : 0;
      kind = new double[] {stop, stop * logTf, Math.min(key.length(), 12) / 12.0, digit};
    } else {
      int space = key.indexOf(' ');
      String first = key.substring(0, space);
      String second = key.substring(space + 1);
      int stops =
          (SummaryTokens.STOP.contains(first) ? 1 : 0)
              + (SummaryTokens.STOP.contains(second) ? 1 : 0);
      double words =
          Math.log1p(unigramTf.getOrDefault(first, 0))
              + Math.log1p(unigramTf.getOrDefault(second, 0));
      kind = new double[] {stops == 1 ? 1 : 0, stops == 2 ? 1 : 0, stops == 2 ? logTf : 0, words};
    }
    double[] all = new double[head.length + kind.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(kind, 0, all, head.length, kind.length);
    System.arraycopy(tail, 0, all, head.length + kind.length, tail.length);
    return all;
  }
}
