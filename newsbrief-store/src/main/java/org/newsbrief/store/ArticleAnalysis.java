package org.newsbrief.store;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.clean.Cleaner;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Quote;
import org.newsbrief.model.RawDocument;

/**
 * Cleans and analyses one document on its own, so that what the store holds for an article does not
 * depend on which other articles arrived in the same batch. Thread-safe.
 */
final class ArticleAnalysis {
  private final Cleaner cleaner = new NewsCleaner();
  private final Analyzer analyzer = new Analyzer();
  private final Entities entities = new Entities();
  private final Quotations quotations = new Quotations();

  /** The cleaned article; throws IllegalArgumentException when nothing usable remains. */
  Article clean(RawDocument document) {
    return cleaner.clean(document);
  }

  StoredArticle analyze(Article article, @Nullable String url, String story) {
    AnalyzedArticle analyzed = analyzer.analyze(article);
    List<Entity> found = entities.of(List.of(analyzed));
    List<Quote> quotes = SpeakerLinks.link(quotations.of(List.of(analyzed)), found);
    return new StoredArticle(article, url, story, analyzed.sentences(), found, quotes);
  }
}
