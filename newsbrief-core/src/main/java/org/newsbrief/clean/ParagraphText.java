package org.newsbrief.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The length of the paragraph ({@code <p>}) text under an element of a page, as a share of the
 * page's: each paragraph's text is read once, and an element's sum is added up only when asked
 * (most elements never are). A paragraph inside another counts for both, as {@link Element#text()}
 * reads it. Valid only for the page as it was when made. Paragraph texts come from (and stay in)
 * the page's {@link ElementTexts}, which later stages read again.
 */
final class ParagraphText {
  private final Map<Element, Integer> lengths = new IdentityHashMap<>();
  private final int total;

  ParagraphText(Element body, ElementTexts texts) {
    int sum = 0;
    for (Element p : body.getElementsByTag("p")) {
      int length = texts.of(p).length();
      lengths.put(p, length);
      sum += length;
    }
    this.total = sum;
  }

  /** The paragraph text of the whole body. */
  int total() {
    return total;
  }

  /** The paragraph text in {@code e} (itself a paragraph or not), as the page was when made. */
  int under(Element e) {
    List<Element> paragraphs = e.getElementsByTag("p");
    int sum = 0;
    for (Element p : paragraphs) {
      sum += lengths.getOrDefault(p, 0);
    }
    return sum;
  }
}
