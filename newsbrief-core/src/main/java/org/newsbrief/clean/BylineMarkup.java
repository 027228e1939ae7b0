package org.newsbrief.clean;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attributes;
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
    return e.attributesSize() > 0
        && isAuthorMarkup(e, e.attributes(), e.attributes().get("class").toLowerCase(Locale.ROOT));
  }

  /** As {@link #isAuthorMarkup(Element)}, given its attributes and lower-cased class attribute. */
  static boolean isAuthorMarkup(Element e, Attributes at, String lowerClass) {
    return "author".equalsIgnoreCase(at.get("itemprop"))
        || "author".equalsIgnoreCase(at.get("rel"))
        || hasToken(lowerClass, "fn")
            && (PageElements.ancestorHasClass(e, "author")
                || PageElements.ancestorHasClass(e, "vcard"))
        || hasToken(lowerClass, "author-name");
  }

  /** CSS {@code [class*=byline], [class*=author], …}: a class attribute naming a byline. */
  static boolean hasBylineClass(Element e) {
    return hasBylineClass(e.attr("class").toLowerCase(Locale.ROOT));
  }

  /** As {@link #hasBylineClass(Element)}, given the lower-cased class attribute. */
  static boolean hasBylineClass(String lowerClass) {
    for (String part : BYLINE_CLASSES) {
      if (lowerClass.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whitespace-separated {@code classes} hold {@code token} (both lower case). */
  static boolean hasToken(String classes, String token) {
    int from = 0;
    while (true) {
      int at = classes.indexOf(token, from);
      if (at < 0) {
        return false;
      }
      int end = at + token.length();
      if ((at == 0 || Character.isWhitespace(classes.charAt(at - 1)))
          && (end == classes.length() || Character.isWhitespace(classes.charAt(end)))) {
        return true;
      }
      from = at + 1;
    }
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
