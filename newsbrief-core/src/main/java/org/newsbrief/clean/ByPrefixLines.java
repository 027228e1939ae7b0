package org.newsbrief.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/** Short lines that open with a byline label ("By …", "Von …"): the last source of a byline. */
final class ByPrefixLines {
  private static final int MAX_CHARS = 100;

  private ByPrefixLines() {}

  /** The first short text starting "By " whose element holds little else. */
  static @Nullable String first(Document doc) {
    String[] found = {null};
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t && startsWithBy(t.getWholeText())) {
              Element parent = t.parent();
              String text = parent == null ? t.text() : parent.text();
              if (text.length() <= MAX_CHARS && text.strip().startsWith(t.text().strip())) {
                found[0] = BylineNames.of(text, false).isEmpty() ? null : text;
              }
            }
            return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
          }
        },
        doc.body());
    return found[0];
  }

  /** A cheap first test, before the text node is normalised: does it open with a "by" word? */
  static boolean startsWithBy(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()
        || "BbVvPpAaWwGgEeRrDd".indexOf(text.charAt(i)) < 0
        || text.length() - i > MAX_CHARS) {
      return false;
    }
    return BylineNames.LABEL.matcher(text).region(i, text.length()).lookingAt();
  }
}
