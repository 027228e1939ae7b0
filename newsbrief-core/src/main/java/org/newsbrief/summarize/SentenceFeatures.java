package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Tokens;

/**
 * What the {@link SentenceScorer} knows of a candidate sentence: its place in its article, its
 * length, the reference matches the {@link CoverageModel} expects of it, the {@link LexicalPriors}
 * of its words, how central it is to the story (cosine with the window's word counts) and how many
 * of the story's articles use its words and word pairs.
 */
final class SentenceFeatures {
  /** The index of {@code article_share}. */
  static final int ARTICLE_SHARE = 9;

  static final List<String> NAMES =
      List.of(
          "bias",
          "opening",
          "log_index",
          "relative_index",
          "log_length",
          "log_gain_per_word",
          "log_gain_per_root",
          "word_prior",
          "centroid_cosine",
          "article_share",
          "pairs_elsewhere",
          "log_articles",
          "opening_log_articles",
          "digit",
          "quote",
          "needs_antecedent",
          "question",
          "alone",
          "stop_share",
          "log_article_sentences");

  private SentenceFeatures() {}

  /** The story-wide counts the features of its sentences are taken against. */
  static final class Story {
    private final List<Set<String>> contentByArticle = new ArrayList<>();
    private final Map<String, Integer> articlesWith = new HashMap<>();
    private final Map<String, Integer> pairArticles = new HashMap<>();
    private final Map<String, Integer> centroid = new HashMap<>();
    private final double centroidNorm;
    private final LexicalPriors priors;
    private final @Nullable Map<String, Integer> leftOut;

    private Story(
        List<List<StoryWindow.Placed>> window,
        LexicalPriors priors,
        @Nullable Map<String, Integer> leftOut) {
      this.priors = priors;
      this.leftOut = leftOut;
      for (List<StoryWindow.Placed> article : window) {
        Set<String> content = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (StoryWindow.Placed p : article) {
          List<String> t = p.tokens();
          for (int i = 0; i < t.size(); i++) {
            if (!SummaryTokens.STOP.contains(t.get(i))) {
              content.add(t.get(i));
              centroid.merge(t.get(i), 1, Integer::sum);
            }
            if (i + 1 < t.size()) {
              pairs.add(t.get(i) + " " + t.get(i + 1));
            }
          }
        }
        contentByArticle.add(content);
        content.forEach(w -> articlesWith.merge(w, 1, Integer::sum));
        pairs.forEach(w -> pairArticles.merge(w, 1, Integer::sum));
      }
      double norm = 0;
      for (int c : centroid.values()) {
        norm += (double) c * c;
      }
      centroidNorm = Math.sqrt(norm);
    }

    /** The counts of {@code window}; {@code leftOut} as in {@link LexicalPriors#features}. */
    static Story of(
        List<List<StoryWindow.Placed>> window,
        LexicalPriors priors,
        @Nullable Map<String, Integer> leftOut) {
      return new Story(window, priors, leftOut);
    }

    /** Whether another article's window uses one of {@code content}. */
    boolean sharedElsewhere(Set<String> content, int article) {
      for (int a = 0; a < contentByArticle.size(); a++) {
        if (a != article && content.stream().anyMatch(contentByArticle.get(a)::contains)) {
          return true;
        }
      }
      return false;
    }

    /**
     * How many of {@code content}'s words another article's window uses, leaving out single
     * letters, the hyphen and the analyzer's stop words ({@link Tokens#STOPWORDS}): its
     * corroboration in words.
     */
    int sharedWords(Set<String> content, int article) {
      int shared = 0;
      for (String w : content) {
        if (w.length() == 1 && !Character.isDigit(w.charAt(0)) || Tokens.STOPWORDS.contains(w)) {
          continue;
        }
        for (int a = 0; a < contentByArticle.size(); a++) {
          if (a != article && contentByArticle.get(a).contains(w)) {
            shared++;
            break;
          }
        }
      }
      return shared;
    }

    /** The features of {@code p} ({@code length} words, {@code gain} expected matches). */
    double[] features(
        StoryWindow.Placed p,
        int length,
        double gain,
        Set<String> content,
        boolean needsAntecedent,
        boolean question,
        boolean alone) {
      int articles = Math.max(contentByArticle.size(), 1);
      int index = p.sentence().index();
      List<String> t = p.tokens();
      Map<String, Integer> tf = new HashMap<>();
      double prior = 0;
      int contentTokens = 0;
      for (String w : t) {
        if (!SummaryTokens.STOP.contains(w)) {
          tf.merge(w, 1, Integer::sum);
          prior += priors.features(w, leftOut)[0];
          contentTokens++;
        }
      }
      double dot = 0;
      double norm = 0;
      double share = 0;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        dot += e.getValue() * (double) centroid.getOrDefault(e.getKey(), 0);
        norm += (double) e.getValue() * e.getValue();
        share += articlesWith.getOrDefault(e.getKey(), 0) / (double) articles;
      }
      int elsewhere = 0;
      for (int i = 0; i + 1 < t.size(); i++) {
        elsewhere += pairArticles.getOrDefault(t.get(i) + " " + t.get(i + 1), 0) > 1 ? 1 : 0;
      }
      double opening = index == 0 ? 1 : 0;
      String text = p.text();
      return new double[] {
        1,
        opening,
        Math.log1p(index),
        index / (double) Math.max(p.articleSentences(), 1),
        Math.log(length),
        Math.log(gain / length + 1e-3),
        Math.log(gain / Math.sqrt(length) + 1e-3),
        contentTokens == 0 ? 0 : prior / contentTokens,
        norm == 0 || centroidNorm == 0 ? 0 : dot / Math.sqrt(norm) / centroidNorm,
        tf.isEmpty() ? 0 : share / tf.size(),
        t.size() < 2 ? 0 : elsewhere / (double) (t.size() - 1),
        Math.log(articles),
        opening * Math.log(articles),
        text.chars().anyMatch(Character::isDigit) ? 1 : 0,
        text.chars().anyMatch(c -> c == '"' || c == '“' || c == '”') ? 1 : 0,
        needsAntecedent ? 1 : 0,
        question ? 1 : 0,
        alone ? 1 : 0,
        t.isEmpty() ? 0 : 1 - contentTokens / (double) t.size(),
        Math.log1p(p.articleSentences())
      };
    }
  }
}
