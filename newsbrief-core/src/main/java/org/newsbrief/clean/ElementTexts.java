package org.newsbrief.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The text of elements, each read once: removing furniture, turning divs into paragraphs, choosing
 * the main content and reading its blocks ask for the same paragraphs' and links' text several
 * times. For the elements of one page; whoever changes the page says where ({@link #changed},
 * {@link #moved}), so that the texts the change touched are read again.
 */
final class ElementTexts {
  private final Map<Element, String> texts = new IdentityHashMap<>();

  /** {@link Element#text()} of {@code e}. */
  String of(Element e) {
    return texts.computeIfAbsent(e, Element::text);
  }

  /**
   * Forgets the texts of {@code e} and of its ancestors, whose text a change inside {@code e} (a
   * child removed or wrapped, say) may change.
   */
  void changed(@Nullable Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      texts.remove(at);
    }
    linkChars = null;
  }

  /**
   * Forgets the texts of {@code e}'s ancestors and of {@code e}'s whole subtree: a node moved to a
   * new parent, whose text may read white space differently at its new depth.
   */
  void moved(org.jsoup.nodes.Node n) {
    changed(n.parent() instanceof Element parent ? parent : null);
    if (n instanceof Element e) {
      for (Element d : e.getAllElements()) {
        texts.remove(d);
      }
    }
  }

  /**
   * Whether {@link Element#text()} of {@code e} is surely longer than {@code limit}: its text nodes
   * hold more than {@code limit} characters that the text keeps (not white space, not invisible),
   * counted without building the text, and stopping once past the limit.
   */
  static boolean longerThan(Element e, int limit) {
    int[] kept = {0};
    org.jsoup.select.NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
              String s = t.getWholeText();
              for (int i = 0; i < s.length() && kept[0] <= limit; i++) {
                char c = s.charAt(i);
                if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                  kept[0]++;
                }
              }
            }
            return kept[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return kept[0] > limit;
  }

  /** The share of {@code e}'s text that sits in links, 0 for an element without text. */
  double linkDensity(Element e) {
    int total = of(e).length();
    if (total == 0) {
      return 0;
    }
    Map<Element, Integer> chars = linkChars;
    if (chars == null) {
      chars = linkChars(e.root());
      linkChars = chars;
    }
    return chars.getOrDefault(e, 0) / (double) total;
  }

  /** Link text lengths in the tree of the first element asked about (one page per instance). */
  private @Nullable Map<Element, Integer> linkChars;

  /**
   * The length of the link text under each element (each link's text counted for itself and every
   * ancestor, nested links too), in one pass over the links instead of one search per element.
   */
  private Map<Element, Integer> linkChars(Element root) {
    Map<Element, Integer> chars = new IdentityHashMap<>();
    for (Element a : root.getElementsByTag("a")) {
      int length = of(a).length();
      for (Element e = a; e != null; e = e.parent()) {
        chars.merge(e, length, Integer::sum);
      }
    }
    return chars;
  }
}
