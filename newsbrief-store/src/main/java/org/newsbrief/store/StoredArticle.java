package org.newsbrief.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Sentence;

/**
 * An article as the store holds it: the cleaned article, its sentences, the entities and quotes
 * found in it alone, and the story it was filed under.
 *
 * @param article the cleaned article
 * @param url the article's URL when its container gave one
 * @param story id of the story the article belongs to
 * @param sentences the article's sentences, in order
 * @param entities the entities the article mentions
 * @param quotes the quotations it reports
 */
public record StoredArticle(
    Article article,
    @Nullable String url,
    String story,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quote> quotes) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** The article id. */
  public String id() {
    return article.id();
  }
}
