package org.newsbrief.render;

import java.time.LocalDate;
import java.util.Objects;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;

/** Wording shared by the human-readable renderers. */
final class Describe {
  static final String UNKNOWN = "unknown";

  private Describe() {}

  /** "single source" or "3 outlets" for a summary sentence's support. */
  static String corroboration(org.newsbrief.model.SummarySentence s) {
    return s.outlets() == 1 ? "single source" : s.outlets() + " outlets";
  }

  /** "by Jane Doe, " before the outlet in a source list, or nothing when no byline is known. */
  static String byline(Article a) {
    return a.byline() == null ? "" : "by " + a.byline() + ", ";
  }

  static String outlet(Article a) {
    return a.outlet() == null ? "outlet unknown" : a.outlet();
  }

  /**
   * The publication date; for an undated article the container's date, named for what it is ("date
   * unknown, capture date 2014-12-04"); else "date unknown".
   */
  static String published(Article a) {
    if (a.published() != null) {
      return a.published().toString();
    }
    return a.containerDate() == null
        ? "date unknown"
        : "date unknown, " + a.containerDate().kind().label() + " " + a.containerDate().date();
  }

  /** "5 articles, 2014-11-06 to 2014-12-04". */
  static String scope(Briefing b) {
    int n = b.articles().size();
    String count = n + (n == 1 ? " article" : " articles");
    LocalDate first =
        b.articles().stream()
            .map(Article::published)
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo)
            .orElse(null);
    LocalDate last =
        b.articles().stream()
            .map(Article::published)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    if (first == null || last == null) {
      return count;
    }
    return first.equals(last) ? count + ", " + first : count + ", " + first + " to " + last;
  }
}
