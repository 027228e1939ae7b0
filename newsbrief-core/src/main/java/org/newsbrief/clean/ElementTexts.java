package org.newsbrief.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The text of elements, each read once: choosing the main content and reading its blocks ask for
 * the same paragraphs' and links' text several times. Valid only while the page is not changed.
 */
final class ElementTexts {
  private final Map<Element, String> texts = new IdentityHashMap<>();

  /** {@link Element#text()} of {@code e}. */
  String of(Element e) {
    return texts.computeIfAbsent(e, Element::text);
  }

  /** The share of {@code e}'s text that sits in links, 0 for an element without text. */
  double linkDensity(Element e) {
    int total = of(e).length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += of(a).length();
    }
    return links / (double) total;
  }
}
