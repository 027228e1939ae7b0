package org.newsbrief.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The markup pages put around authors, as tests on one element equal to the CSS queries they
 * replace: author markup ({@code itemprop}, {@code rel}, hCard {@code fn}), classes naming a
 * byline, and the name element inside an author element.
 */
final class BylineMarkup {
  private static final List<String> BYLINE_CLASSES =
      List.of("byline", "author", "autor", "submitted", "posted-by", "post-meta");

  private BylineMarkup() {}

  /** CSS {@code [itemprop=author], [rel=author], .author .fn, .vcard .fn, .author-name}. */
  static boolean isAuthorMarkup(Element e) {
    return PageElements.attrIs(e, "itemprop", "author")
        || PageElements.attrIs(e, "rel", "author")
        || e.hasClass("fn")
            && (PageElements.ancestorHasClass(e, "author")
                || PageElements.ancestorHasClass(e, "vcard"))
        || e.hasClass("author-name");
  }

  /** CSS {@code [class*=byline], [class*=author], …}: a class attribute naming a byline. */
  static boolean hasBylineClass(Element e) {
    if (!e.hasAttr("class")) {
      return false;
    }
    String names = e.attr("class").toLowerCase(java.util.Locale.ENGLISH);
    for (String part : BYLINE_CLASSES) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The first element in {@code e} (or {@code e} itself) that is {@code [itemprop=name], .fn}. */
  static @Nullable Element nameIn(Element e) {
    for (Element in : e.getAllElements()) {
      if (PageElements.attrIs(in, "itemprop", "name") || in.hasClass("fn")) {
        return in;
      }
    }
    return null;
  }
}
