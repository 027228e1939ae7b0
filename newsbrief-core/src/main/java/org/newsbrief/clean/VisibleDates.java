package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jspecify.annotations.Nullable;

/**
 * The publication date a page shows its readers rather than declares: a date in a short element
 * whose class or id names a date, a time or the article's header line ("date", "posted", "meta",
 * "datum", "fecha"), then a date written just after the headline, then (last resort) a date
 * attribute or the first date anywhere in the page's text. A date on a line that says it was
 * updated ("Updated", "Aktualisiert", "mis à jour", …) is a modification, never a publication.
 */
final class VisibleDates {
  private static final Keywords DATE_NAMES =
      Keywords.of(
          "date|time|publish|posted|meta|byline|datum|fecha|data|created|info|entry-header"
              + "|article-header|dateline|stamp");
  private static final Keywords NOT_THE_ARTICLE =
      Keywords.of("comment|sidebar|related|footer|widget|reply|archive|calendar|event");
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)\\b(updated?|modified|last edit|aktualisiert|geändert|mis à jour|modifié"
              + "|actualizad[oa]|actualización|aggiornat[oa]|atualizad[oa]|bijgewerkt"
              + "|zaktualizowano|aktualizacja)\\b");
  private static final Keywords UPDATED_STEMS =
      Keywords.of(
          "updat|modifi|last edit|aktualis|geändert|mis à jour|actualiz"
              + "|aggiornat|atualizad|bijgewerkt|zaktualizowano|aktualizacja");
  private static final int SHORT = 160;
  private static final int AFTER_HEADLINE = 1500;

  private VisibleDates() {}

  /**
   * A date shown in an element named like a date or in the article's header line (read once a page:
   * the rules and the date ranker both ask).
   */
  static @Nullable LocalDate named(PageElements page) {
    return page.date("VisibleDates.named", () -> java.util.Optional.ofNullable(findNamed(page)));
  }

  private static @Nullable LocalDate findNamed(PageElements page) {
    for (Element e : page.inBody()) {
      if (e.attributesSize() == 0 || !e.hasAttr("class") && !e.hasAttr("id")) {
        continue;
      }
      String className = e.className();
      String id = e.id();
      if (DATE_NAMES.surelyNotInJoin(className, id)) {
        continue;
      }
      String names = (className + " " + id).toLowerCase(Locale.ROOT);
      if (names.isBlank() || !DATE_NAMES.foundIn(names) || names.contains("updat")) {
        continue;
      }
      if (ElementTexts.longerThan(e, SHORT)) {
        continue;
      }
      String text = e.text();
      if (text.length() > SHORT || updated(text) || inFurniture(e)) {
        continue;
      }
      LocalDate date = DateFormats.first(text);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first date in the text that follows the first headline (read once a page). */
  static @Nullable LocalDate afterHeadline(PageElements page) {
    return page.date(
        "VisibleDates.afterHeadline", () -> java.util.Optional.ofNullable(findAfterHeadline(page)));
  }

  /**
   * The first date in the text nodes from the first headline on, in document order (the headline's
   * own, then what follows it in the body), until more than {@value #AFTER_HEADLINE} characters are
   * read (a node saying it was updated is skipped and not counted). Read node by node, stopping at
   * the first node with a date: the same date as {@link DateFormats#first} on those nodes' texts
   * joined by {@code " | "}, since no date pattern matches across that separator.
   */
  private static @Nullable LocalDate findAfterHeadline(PageElements page) {
    Element body = page.document().body();
    Element h1 = firstHeadline(page);
    if (h1 == null) {
      return null;
    }
    int[] read = {0};
    LocalDate[] found = {null};
    NodeFilter reader =
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.text();
              if (!updated(s)) {
                read[0] += s.length() + 3;
                found[0] = DateFormats.first(s);
              }
            }
            return found[0] != null || read[0] > AFTER_HEADLINE
                ? FilterResult.STOP
                : FilterResult.CONTINUE;
          }
        };
    for (Node n = h1; n != null; n = following(n, body)) {
      if (org.jsoup.select.NodeTraversor.filter(reader, n) == NodeFilter.FilterResult.STOP) {
        break;
      }
    }
    return found[0];
  }

  /**
   * The node after {@code n} and its descendants in document order, staying inside {@code root}.
   */
  private static @Nullable Node following(Node n, Element root) {
    for (Node at = n; at != null && at != root; at = at.parent()) {
      Node next = at.nextSibling();
      if (next != null) {
        return next;
      }
    }
    return null;
  }

  /**
   * Whether {@code text} says it was updated: {@link #UPDATED}, tried only when the text holds one
   * of the stems every alternative of it contains (most text nodes hold none).
   */
  static boolean updated(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return UPDATED_STEMS.foundIn(lower) && UPDATED.matcher(text).find();
  }

  /** A date in a title attribute, or the first date anywhere in the text: a last resort. */
  static @Nullable LocalDate anywhere(PageElements page) {
    return page.date("VisibleDates.anywhere", () -> java.util.Optional.ofNullable(findAny(page)));
  }

  private static @Nullable LocalDate findAny(PageElements page) {
    for (Element e : page.inBody()) {
      if (!hasDateTitle(e)) {
        continue;
      }
      LocalDate date = PublishedDates.parse(e.attr("title"));
      if (date != null && !inFurniture(e)) {
        return date;
      }
    }
    return DateFormats.first(page.document().body().text());
  }

  private static @Nullable Element firstHeadline(PageElements page) {
    for (Element e : page.inBody()) {
      if (e.normalName().equals("h1")) {
        return e;
      }
    }
    return null;
  }

  /** CSS {@code abbr[title], [class*=date][title], [class*=time][title]}. */
  private static boolean hasDateTitle(Element e) {
    if (!e.hasAttr("title")) {
      return false;
    }
    if (e.normalName().equals("abbr")) {
      return true;
    }
    String names = e.hasAttr("class") ? e.attr("class").toLowerCase(Locale.ENGLISH) : "";
    return names.contains("date") || names.contains("time");
  }

  private static boolean inFurniture(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
      if (!names.isBlank() && NOT_THE_ARTICLE.foundIn(names)) {
        return true;
      }
    }
    return false;
  }
}
