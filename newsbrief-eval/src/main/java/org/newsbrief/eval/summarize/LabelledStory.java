package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;

/**
 * One story's support labels ({@link SupportLabels}): its analyzed articles, each labelled
 * sentence's text and article id, and the ids of the other articles labelled as stating it.
 *
 * @param analyzed the story's analyzed articles (ids: story id, "-", index)
 * @param texts the labelled sentences, as analyzed
 * @param sources the id of each sentence's article
 * @param gold the ids of the other articles that state each sentence
 */
record LabelledStory(
    List<AnalyzedArticle> analyzed,
    List<String> texts,
    List<String> sources,
    List<Set<String>> gold) {
  private static final int PREFIX = 40;

  /** The story {@code c} with its label rows (story, article, offset, support). */
  static LabelledStory of(Cluster c, List<String[]> labels, List<String> docIds, Analyzer an)
      throws IOException {
    List<AnalyzedArticle> analyzed = CoverageFolds.analyze(c, an);
    List<String> texts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Set<String>> gold = new ArrayList<>();
    for (String[] f : labels) {
      int a = index(f[1], docIds);
      String raw = c.articles().get(a).substring(Integer.parseInt(f[2]));
      AnalyzedArticle article = articleOf(analyzed, c.id() + "-" + a);
      texts.add(sentenceAt(article, raw));
      sources.add(article.article().id());
      Set<String> g = new HashSet<>();
      for (String s : f[3].split(",")) {
        g.add(c.id() + "-" + index(s.strip(), docIds));
      }
      g.remove(article.article().id());
      gold.add(g);
    }
    return new LabelledStory(analyzed, texts, sources, gold);
  }

  /** An article named by its index in the story or by its document id. */
  private static int index(String article, List<String> docIds) throws IOException {
    if (article.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(article);
    }
    int i = docIds.indexOf(article);
    if (i < 0) {
      throw new IOException("no document " + article + " in its story");
    }
    return i;
  }

  private static AnalyzedArticle articleOf(List<AnalyzedArticle> analyzed, String id)
      throws IOException {
    for (AnalyzedArticle a : analyzed) {
      if (a.article().id().equals(id)) {
        return a;
      }
    }
    throw new IOException("no article " + id);
  }

  /** The analyzed sentence holding the start of {@code raw} (the text from the label's offset). */
  private static String sentenceAt(AnalyzedArticle article, String raw) throws IOException {
    String want = squeeze(raw);
    String key = want.substring(0, Math.min(PREFIX, want.length()));
    for (Sentence s : article.sentences()) {
      if (!key.isEmpty() && squeeze(s.text()).contains(key)) {
        return s.text();
      }
    }
    throw new IOException("no sentence of " + article.article().id() + " opens: " + raw);
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
