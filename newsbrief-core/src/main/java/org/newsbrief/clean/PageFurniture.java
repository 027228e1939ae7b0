package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes page furniture before the content is scored: navigation, headers, footers, forms and
 * figures, and elements whose class or id names announce furniture ("comment", "sidebar", "share"),
 * unless they hold a large share of the page's paragraph text or are also named like content.
 */
final class PageFurniture {
  private static final Keywords UNLIKELY =
      Keywords.of(
          "comment|community|disqus|extra|foot|header|menu|remark|rss|shoutbox|sidebar"
              + "|sponsor|ad-break|agegate|pagination|pager|popup|related|share|social|newsletter"
              + "|subscribe|promo|breadcrumb|nav|banner|cookie|consent|signup|login|tags|byline"
              + "|author-bio|recirc|outbrain|taboola|most-popular|trending|widget|masthead");
  private static final Keywords LIKELY =
      Keywords.of("and|article|body|column|main|shadow|content|story|entry|post|text");
  private static final java.util.Set<String> FURNITURE_TAGS =
      java.util.Set.of("nav", "aside", "footer", "header", "form", "figure", "figcaption");
  private static final List<String> FURNITURE_ROLES =
      List.of("navigation", "complementary", "banner", "contentinfo");

  private PageFurniture() {}

  /**
   * Removes navigation, headers, footers, forms and figures that hold little article text, telling
   * {@code texts} what changed.
   */
  static void dropFurniture(Element body, ElementTexts texts) {
    List<Element> furniture = furniture(body);
    if (furniture.isEmpty()) {
      return;
    }
    ParagraphText text = new ParagraphText(body, texts);
    List<Element> dropped = new ArrayList<>();
    for (Element e : furniture) {
      if (text.under(e) < 0.3 * text.total()) {
        dropped.add(e);
      }
    }
    for (Element e : dropped) {
      Element parent = e.parent();
      if (parent != null) {
        e.remove();
        texts.changed(parent);
      }
    }
  }

  /**
   * The navigation, aside, footer, header, form and figure elements and the elements with those
   * ARIA roles, in document order (CSS {@code nav, aside, …, [role=navigation], …}).
   */
  private static List<Element> furniture(Element body) {
    List<Element> found = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e
              && (FURNITURE_TAGS.contains(e.normalName())
                  || e.hasAttr("role") && isFurnitureRole(e.attr("role")))) {
            found.add(e);
          }
        },
        body);
    return found;
  }

  private static boolean isFurnitureRole(String role) {
    for (String r : FURNITURE_ROLES) {
      if (r.equalsIgnoreCase(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes furniture the class and id names announce, unless they also sound like content, telling
   * {@code texts} what changed.
   */
  static void dropUnlikely(Element body, ElementTexts texts) {
    ParagraphText text = new ParagraphText(body, texts);
    Map<String, Boolean> unlikelyNames = new HashMap<>();
    body.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == body
                || !(node instanceof Element e)
                || e.tagName().equals("article")
                || !e.hasAttr("class") && !e.hasAttr("id")) {
              return FilterResult.CONTINUE;
            }
            String names = e.className() + " " + e.id();
            if (names.length() > 1
                && unlikelyNames.computeIfAbsent(names, PageFurniture::soundsUnlikely)
                && text.under(e) < 0.3 * text.total()) {
              texts.changed(e.parent());
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }
        });
  }

  private static boolean soundsUnlikely(String names) {
    String lower = names.toLowerCase(java.util.Locale.ROOT);
    return !lower.isBlank() && UNLIKELY.foundIn(lower) && !LIKELY.foundIn(lower);
  }
}
