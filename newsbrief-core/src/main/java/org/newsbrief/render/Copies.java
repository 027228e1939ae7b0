package org.newsbrief.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

/** What the human-readable renderers say about syndicated copies. */
final class Copies {
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Syndication> groupOf = new HashMap<>();
  private final Citation citation;

  Copies(Briefing briefing, Citation citation) {
    this.citation = citation;
    briefing.articles().forEach(a -> articles.put(a.id(), a));
    for (Syndication g : briefing.syndication()) {
      g.articleIds().forEach(id -> groupOf.put(id, g));
    }
  }

  /**
   * "also ran in: CNN [2], outlet unknown [4]" for a syndicated article (the other copies of its
   * text), or "" for an article that copies nothing.
   */
  String alsoRanIn(Article article) {
    Syndication group = groupOf.get(article.id());
    if (group == null) {
      return "";
    }
    List<String> others = new ArrayList<>();
    for (String id : group.articleIds()) {
      Article other = articles.get(id);
      if (!id.equals(article.id()) && other != null) {
        others.add(Describe.outlet(other) + " [" + citation.number(id) + "]");
      }
    }
    return others.isEmpty() ? "" : "also ran in: " + String.join(", ", others);
  }

  /**
   * "single source", "3 outlets", or "2 independent sources, 4 outlets" when syndicated copies made
   * several outlets one source.
   */
  String corroboration(SummarySentence s) {
    Set<String> outlets = new HashSet<>();
    for (String id : s.support()) {
      Article a = articles.get(id);
      String outlet = a == null ? null : a.outlet();
      outlets.add(outlet == null ? "#" + id : outlet.toLowerCase(Locale.ROOT));
    }
    String sources = Describe.corroboration(s);
    if (outlets.size() <= s.outlets()) {
      return sources;
    }
    return (s.outlets() == 1 ? "single source" : s.outlets() + " independent sources")
        + ", "
        + s.support().size()
        + " articles";
  }
}
