package org.newsbrief.model;

import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param article the id of the article it belongs to
 * @param index position of the sentence in its article, from 0
 * @param paragraph index of the paragraph holding it, from 0
 * @param text the sentence text
 */
public record Sentence(String article, int index, int paragraph, String text) {
  public Sentence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("negative position: " + index + "/" + paragraph);
    }
  }
}
