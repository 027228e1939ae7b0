package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;

/**
 * The openings of a story's articles that a summary is drawn from. News puts the event first, so a
 * summary of {@code words} words draws on about 5/3 of that many words, shared evenly between the
 * articles: each article gives the sentences that start within its share (at least 60 words).
 */
final class StoryWindow {
  static final int MIN_SHARE = 60;

  /** How many words the window holds per summary word, shared between the articles. */
  static final double DEFAULT_FACTOR = 5.0 / 3;

  private StoryWindow() {}

  /**
   * A sentence in the window, with its article's place in the input; {@code text} is the sentence
   * without a {@link PageBreaks} marker, a {@link Preamble} (dateline, byline, stamp) and {@link
   * Furniture} (empty when it is furniture itself), {@code tokens} are its tokens.
   */
  record Placed(
      Sentence sentence, String text, int article, int articleSentences, List<String> tokens) {}

  /** The window of {@code articles} for a summary of {@code words} words, article by article. */
  static List<List<Placed>> of(List<AnalyzedArticle> articles, int words) {
    return of(articles, words, DEFAULT_FACTOR);
  }

  /** The window holding {@code factor} words per summary word instead. */
  static List<List<Placed>> of(List<AnalyzedArticle> articles, int words, double factor) {
    return of(articles, words, factor, Furniture.shipped());
  }

  /** The window with {@code furniture} cut from its sentences after their preamble. */
  static List<List<Placed>> of(
      List<AnalyzedArticle> articles, int words, double factor, Furniture furniture) {
    int share = Math.max(MIN_SHARE, (int) Math.ceil(words * factor / Math.max(articles.size(), 1)));
    List<List<Placed>> window = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Sentence> sentences = articles.get(a).sentences();
      int count = 0;
      for (int used = 0; count < sentences.size() && used < share; count++) {
        used += SummaryTokens.words(sentences.get(count).text());
      }
      List<Placed> kept = new ArrayList<>();
      for (Sentence s : sentences.subList(0, count)) {
        String text = Preamble.cut(furniture.cut(Preamble.cut(PageBreaks.cut(s.text()))));
        kept.add(new Placed(s, text, a, count, SummaryTokens.of(text)));
      }
      window.add(kept);
    }
    return window;
  }
}
