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
  private static final List<String> LABEL_WORDS =
      List.of(
          "by",
          "von",
          "par",
          "por",
          "door",
          "przez",
          "autor",
          "auteur",
          "author",
          "text",
          "redaktion",
          "quelle");
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
   * five of each source, skipping elements with more than 600 characters of text (containers whose
   * class happens to name an author: reading them whole is costly); returns the index of the first
   * h1 (-1 when none).
   */
  static int scan(PageElements page, Sink sink) {
    int h1 = -1;
    int[] taken = new int[8];
    List<Element> all = page.all();
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      int source = e.attributesSize() == 0 ? -1 : source(e);
      if (source >= 0
          && taken[source] < MAX_PER_SOURCE
          && (e.hasAttr("content") || append(e, new StringBuilder()))
          && !Bylines.inComments(e)) {
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

  /** The source index of an element with attributes: markup 3, byline class or id 5, link 6. */
  private static int source(Element e) {
    if (BylineMarkup.isAuthorMarkup(e)) {
      return 3;
    } else if (BylineMarkup.hasBylineClass(e) || idNamesAuthor(e)) {
      return 5;
    }
    return e.normalName().equals("a") && isAuthorLink(e.attr("href")) ? 6 : -1;
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
        if (s.length() > 2 && s.length() < MAX_LINE && hasLabelWord(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code s} is a label word (case-insensitive): a scan cheaper than a regex.
   */
  static boolean hasLabelWord(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isLetter(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      for (String w : LABEL_WORDS) {
        int end = i + w.length();
        if (end <= n
            && s.regionMatches(true, i, w, 0, w.length())
            && (end == n || !Character.isLetterOrDigit(s.charAt(end)))) {
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
