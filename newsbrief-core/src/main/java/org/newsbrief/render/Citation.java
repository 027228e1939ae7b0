package org.newsbrief.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Article;

/** Numbers the articles of a briefing 1..n so that citations read "[1][3]". */
final class Citation {
  private final Map<String, Integer> numbers = new HashMap<>();

  Citation(List<Article> articles) {
    for (int i = 0; i < articles.size(); i++) {
      numbers.put(articles.get(i).id(), i + 1);
    }
  }

  int number(String articleId) {
    Integer n = numbers.get(articleId);
    if (n == null) {
      throw new IllegalArgumentException("citation of an unknown article: " + articleId);
    }
    return n;
  }
}
