package org.newsbrief.analyze;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Sentence;

/** Runs language analysis over one article. Thread-safe. */
public final class Analyzer {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** Analyzes {@code article}. */
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (String text : splitter.split(paragraphs.get(p))) {
        sentences.add(new Sentence(article.id(), sentences.size(), p, text));
      }
    }
    return new AnalyzedArticle(article, sentences);
  }
}
