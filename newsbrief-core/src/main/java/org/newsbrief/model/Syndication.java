package org.newsbrief.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Articles that are copies of one text, such as a wire story that several outlets ran with a new
 * headline, a dateline or an added paragraph. Later stages count such a group as one source.
 *
 * @param canonicalArticleId the copy that stands for the group: the fullest text
 * @param articleIds every copy, the canonical one included, in briefing order; at least two
 * @param outlets the distinct outlets that ran the text, in briefing order; copies of unknown
 *     outlet add none
 */
public record Syndication(
    String canonicalArticleId, List<String> articleIds, List<String> outlets) {
  public Syndication {
    Objects.requireNonNull(canonicalArticleId, "canonicalArticleId");
    articleIds = List.copyOf(articleIds);
    outlets = List.copyOf(outlets);
    if (articleIds.size() < 2) {
      throw new IllegalArgumentException("a syndication group needs two copies: " + articleIds);
    }
    if (!articleIds.contains(canonicalArticleId)) {
      throw new IllegalArgumentException(
          "the canonical copy " + canonicalArticleId + " is not among " + articleIds);
    }
    if (articleIds.stream().distinct().count() != articleIds.size()) {
      throw new IllegalArgumentException("an article is listed twice: " + articleIds);
    }
  }

  /**
   * {@code articles} without the copies of a syndicated text other than its canonical one (a group
   * whose canonical copy is not among {@code articles} keeps all its copies).
   */
  public static List<AnalyzedArticle> independent(
      List<AnalyzedArticle> articles, List<Syndication> syndication) {
    Set<String> present = new HashSet<>();
    articles.forEach(a -> present.add(a.article().id()));
    Set<String> copies = new HashSet<>();
    for (Syndication group : syndication) {
      if (present.contains(group.canonicalArticleId())) {
        group.articleIds().stream()
            .filter(id -> !id.equals(group.canonicalArticleId()))
            .forEach(copies::add);
      }
    }
    return articles.stream().filter(a -> !copies.contains(a.article().id())).toList();
  }
}
