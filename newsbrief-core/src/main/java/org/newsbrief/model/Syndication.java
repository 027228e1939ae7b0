package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

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
}
