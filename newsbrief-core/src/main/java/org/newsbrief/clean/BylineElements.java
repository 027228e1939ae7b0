package org.newsbrief.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The elements that may hold a page's byline, in one pass over the page: author markup, elements
 * whose class or id names a byline or author, links to an author page, and short lines holding a
 * byline label ("By", "von", "Autor:", "Text:", "Quelle:"), from which the text after the label is
 * taken.
 */
final class BylineElements {
  private static final Pattern LABEL_IN =
      Pattern.compile(
          "(?iu)(?:^|[\\s(])(?:by|von|par|por|door|przez|autor(?:in)?:?|auteur\\s?:|author:"
              + "|text:|redaktion:|quelle:)\\s+(\\S.*)$");
  private static final Pattern LABEL_WORD =
      Pattern.compile(
          "(?i)\\b(?:by|von|par|por|door|przez|autor|auteur|author|text|redaktion|quelle)\\b");
  private static final int MAX_PER_SOURCE = 5;
  private static final int MAX_LINE = 150;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private BylineElements() {}

  /** Receives one author text: its source's index, whether markup made it, where it was. */
  interface Sink {
    void add(@Nullable String raw, int source, boolean markup, int position);
  }

  /**
   * Gives {@code sink} the author texts of {@code page}'s elements, outside comment threads, up to
   * five of each source; returns the index of the first h1 (-1 when none).
   */
  static int scan(PageElements page, Sink sink) {
    int h1 = -1;
    int[] taken = new int[8];
    List<Element> all = page.all();
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      int source = -1;
      if (BylineMarkup.isAuthorMarkup(e)) {
        source = 3;
      } else if (BylineMarkup.hasBylineClass(e) || idNamesAuthor(e)) {
        source = 5;
      } else if (e.normalName().equals("a") && isAuthorLink(e.attr("href"))) {
        source = 6;
      }
      if (source >= 0 && taken[source] < MAX_PER_SOURCE && !Bylines.inComments(e)) {
        taken[source]++;
        sink.add(Bylines.elementText(e), source, true, i);
      }
      if (h1 < 0 && e.normalName().equals("h1")) {
        h1 = i;
      }
      if (taken[7] < MAX_PER_SOURCE && hasLabelText(e)) {
        String line = labelLine(e);
        if (line != null && !Bylines.inComments(e)) {
          taken[7]++;
          sink.add(line, 7, false, i);
        }
      }
    }
    return h1;
  }

  private static boolean idNamesAuthor(Element e) {
    String id = e.id();
    if (id.isEmpty()) {
      return false;
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return lower.contains("author") || lower.contains("byline") || lower.contains("autor");
  }

  private static boolean isAuthorLink(String href) {
    return href.contains("/author/") || href.contains("/autor/") || href.contains("?author=");
  }

  /** Whether one of the element's own short texts holds a byline label word. */
  private static boolean hasLabelText(Element e) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String s = t.getWholeText();
        if (s.length() > 2 && s.length() < MAX_LINE && LABEL_WORD.matcher(s).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** What follows the label in the element's short text, or its parent's when the label ends it. */
  private static @Nullable String labelLine(Element e) {
    Element at = e;
    for (int up = 0; up < 2 && at != null; up++, at = at.parent()) {
      String text = shortText(at);
      if (text == null) {
        return null;
      }
      Matcher m = LABEL_IN.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The element's text with its whitespace normalised (a space between blocks), or null when it is
   * longer than a byline line: read no further than that, so a label in a big container costs
   * little.
   */
  private static @Nullable String shortText(Element e) {
    StringBuilder b = new StringBuilder();
    if (!append(e, b)) {
      return null;
    }
    String text = WHITESPACE.matcher(b).replaceAll(" ").strip();
    return text.length() > MAX_LINE ? null : text;
  }

  private static boolean append(Element e, StringBuilder b) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element child) {
        boolean block = child.isBlock() || child.normalName().equals("br");
        b.append(block ? " " : "");
        if (!append(child, b)) {
          return false;
        }
        b.append(block ? " " : "");
      }
      if (b.length() > 4 * MAX_LINE) {
        return false;
      }
    }
    return true;
  }
}
