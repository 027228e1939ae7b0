package org.newsbrief.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Byline labels in a page's short lines ("By", "von", "Autor:", "Text:", "Quelle:"): whether a text
 * holds a label word, and the text after the label in an element's short line (for {@link
 * BylineElements}).
 */
final class BylineLabels {
  private static final Pattern LABEL_IN =
      Pattern.compile(
          "(?iu)(?:^|[\\s(])(?:by:?|von|par|por|door|przez|autor(?:in|en)?:?|auteur\\s?:|author:"
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
          "autorin",
          "autoren",
          "auteur",
          "author",
          "text",
          "redaktion",
          "quelle");
  private static final int LONGEST_LABEL = 9;

  /**
   * The first letters of {@link #LABEL_WORDS}, either case: a word opening with another ASCII
   * character needs no test.
   */
  private static final String LABEL_FIRST = "bvpdatrqBVPDATRQ";

  /** {@link #LABEL_FIRST} as a table over ASCII, looked up instead of searched at every char. */
  private static final boolean[] LABEL_START = new boolean[128];

  static {
    LABEL_FIRST.chars().forEach(c -> LABEL_START[c] = true);
  }

  static final int MAX_LINE = 150;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  private BylineLabels() {}

  /**
   * Whether a word of {@code s} is a label word (case-insensitive): a scan cheaper than a regex.
   */
  static boolean hasLabelWord(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      char c = s.charAt(i);
      if (end - i <= LONGEST_LABEL && (c >= 128 || LABEL_START[c])) {
        for (String w : LABEL_WORDS) {
          if (w.length() == end - i && s.regionMatches(true, i, w, 0, w.length())) {
            return true;
          }
        }
      }
      i = end;
    }
    return false;
  }

  /** What follows the label in the element's short text, or its parent's when the label ends it. */
  static @Nullable String labelLine(Element e) {
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

  static boolean append(Element e, StringBuilder b) {
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
