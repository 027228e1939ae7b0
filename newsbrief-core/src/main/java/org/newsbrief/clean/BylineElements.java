package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The elements that may hold a page's byline, in one pass over the page: author markup, elements
 * whose class or id names a byline or author, links to an author page, and short lines holding a
 * byline label ("By", "von", "Autor:", "Text:", "Quelle:"), from which the text after the label is
 * taken.
 */
final class BylineElements {
  private static final int LABEL_TEXT = 1;
  private static final int BY_TEXT = 2;
  private static final int MAX_PER_SOURCE = 5;
  private static final int MAX_SIGNATURES = 3;

  private BylineElements() {}

  /** One author text: the source's index, whether markup made it, the element's index. */
  record Hit(String raw, int source, boolean markup, int position) {}

  /**
   * What one pass over a page's elements found: the first h1's index (-1 when none), every element
   * with author markup and every element whose class names a byline (for the rules, in document
   * order), the author texts for the candidates (none when the scan was made for the rules only),
   * and whether some text opens with a byline label (else the rules' "By …" line search is void).
   */
  record Scan(
      int h1, List<Element> markup, List<Element> bylineClass, List<Hit> hits, boolean byText) {}

  /**
   * Lists {@code page}'s author elements and, when {@code texts}, the author texts of its elements
   * outside comment threads, up to five of each source, skipping elements with more than 600
   * characters of text (containers whose class happens to name an author: reading them whole is
   * costly).
   */
  static Scan scan(PageElements page, boolean texts) {
    int h1 = -1;
    boolean byText = false;
    int[] taken = new int[9];
    List<Element> markup = new ArrayList<>();
    List<Element> bylineClass = new ArrayList<>();
    List<Hit> hits = new ArrayList<>();
    List<Element> all = page.all();
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      int source = e.attributesSize() == 0 ? -1 : source(e, markup, bylineClass);
      if (texts
          && source >= 0
          && taken[source] < MAX_PER_SOURCE
          && (e.hasAttr("content") || BylineLabels.append(e, new StringBuilder()))
          && !Bylines.inComments(e)) {
        taken[source]++;
        hits.add(new Hit(Bylines.elementText(e), source, true, i));
      }
      if (h1 < 0 && e.normalName().equals("h1")) {
        h1 = i;
      }
      int found = textsFound(e, texts && taken[7] < MAX_PER_SOURCE, !byText);
      byText |= (found & BY_TEXT) != 0;
      if (texts && taken[8] < MAX_SIGNATURES && e.normalName().equals("p")) {
        String line = BylineSignatures.line(e);
        if (line != null && !Bylines.inComments(e)) {
          taken[8]++;
          hits.add(new Hit(line, 8, false, i));
        }
      }
      if ((found & LABEL_TEXT) != 0) {
        String line = BylineLabels.labelLine(e);
        if (line != null && !Bylines.inComments(e)) {
          taken[7]++;
          hits.add(new Hit(line, 7, false, i));
        }
      }
    }
    return new Scan(h1, markup, bylineClass, hits, byText);
  }

  /**
   * The source index of an element with attributes (markup 3, byline class or id 5, author link 6,
   * none -1), listing it in {@code markup} and {@code bylineClass} as the rules' queries would.
   */
  private static int source(Element e, List<Element> markup, List<Element> bylineClass) {
    Attributes at = e.attributes();
    String cls = at.get("class").toLowerCase(Locale.ROOT);
    boolean isMarkup = BylineMarkup.isAuthorMarkup(e, at, cls);
    boolean isClass = BylineMarkup.hasBylineClass(cls);
    if (isMarkup) {
      markup.add(e);
    }
    if (isClass) {
      bylineClass.add(e);
    }
    if (isMarkup) {
      return 3;
    } else if (isClass || idNamesAuthor(at.get("id"))) {
      return 5;
    }
    return e.normalName().equals("a") && isAuthorLink(at.get("href")) ? 6 : -1;
  }

  private static boolean idNamesAuthor(String id) {
    if (id.isEmpty()) {
      return false;
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return lower.contains("author") || lower.contains("byline") || lower.contains("autor");
  }

  private static boolean isAuthorLink(String href) {
    return href.contains("/author/") || href.contains("/autor/") || href.contains("?author=");
  }

  /**
   * What the element's own texts hold: a short text with a byline label word ({@link #LABEL_TEXT},
   * looked for when {@code label}), a text opening with "By" ({@link #BY_TEXT}, when {@code by}).
   */
  private static int textsFound(Element e, boolean label, boolean by) {
    int found = 0;
    for (int i = 0; i < e.childNodeSize() && (label || by); i++) {
      if (e.childNode(i) instanceof TextNode t) {
        String s = t.getWholeText();
        if (label
            && s.length() > 2
            && s.length() < BylineLabels.MAX_LINE
            && BylineLabels.hasLabelWord(s)) {
          found |= LABEL_TEXT;
          label = false;
        }
        if (by && ByPrefixLines.startsWithBy(s)) {
          found |= BY_TEXT;
          by = false;
        }
      }
    }
    return found;
  }
}
