package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
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
  private static final int SHORT = 160;
  private static final int AFTER_HEADLINE = 1500;

  private VisibleDates() {}

  /** A date shown in an element named like a date or in the article's header line. */
  static @Nullable LocalDate named(PageElements page) {
    for (Element e : page.inBody()) {
      if (!e.hasAttr("class") && !e.hasAttr("id")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank() || !DATE_NAMES.foundIn(names) || names.contains("updat")) {
        continue;
      }
      String text = e.text();
      if (text.length() > SHORT || UPDATED.matcher(text).find() || inFurniture(e)) {
        continue;
      }
      LocalDate date = DateFormats.first(text);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first date in the text that follows the first headline. */
  static @Nullable LocalDate afterHeadline(PageElements page) {
    Document doc = page.document();
    Element h1 = firstHeadline(page);
    if (h1 == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean[] started = {false};
    doc.body()
        .filter(
            new NodeFilter() {
              @Override
              public FilterResult head(Node node, int depth) {
                if (node == h1) {
                  started[0] = true;
                }
                if (started[0] && node instanceof TextNode t) {
                  String s = t.text();
                  if (!UPDATED.matcher(s).find()) {
                    text.append(s).append(" | ");
                  }
                }
                return text.length() > AFTER_HEADLINE ? FilterResult.STOP : FilterResult.CONTINUE;
              }
            });
    return DateFormats.first(text.toString());
  }

  /** A date in a title attribute, or the first date anywhere in the text: a last resort. */
  static @Nullable LocalDate anywhere(PageElements page) {
    Document doc = page.document();
    for (Element e : page.inBody()) {
      if (!hasDateTitle(e)) {
        continue;
      }
      LocalDate date = PublishedDates.parse(e.attr("title"));
      if (date != null && !inFurniture(e)) {
        return date;
      }
    }
    return DateFormats.first(doc.body().text());
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
