package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes paragraphs of pages that write them as divs or as text between {@code <br>}s, so that
 * content scoring sees them.
 */
final class DivParagraphs {
  private static final java.util.Set<String> BLOCK_TAGS =
      java.util.Set.of(
          "p",
          "div",
          "table",
          "ul",
          "ol",
          "dl",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "article");

  private DivParagraphs() {}

  /**
   * The elements that have a descendant whose tag is in {@code tags}, found in one pass from the
   * leaves up rather than by a search under every element.
   */
  static java.util.Set<Element> elementsContaining(Element root, java.util.Set<String> tags) {
    java.util.Set<Element> found =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    org.jsoup.select.NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e != root) {
              Element parent = e.parent();
              if (parent != null && (tags.contains(e.tagName()) || found.contains(e))) {
                found.add(parent);
              }
            }
          }
        },
        root);
    return found;
  }

  /**
   * Turns each div that holds only inline content into a paragraph, as pages that write their
   * paragraphs as divs would otherwise score nothing. A div's text is the paragraph's: both are
   * blocks. {@code texts} is told what changed.
   */
  static void divsToParagraphs(Element body, ElementTexts texts) {
    java.util.Set<Element> withBlocks = elementsContaining(body, BLOCK_TAGS);
    for (Element div : body.getElementsByTag("div")) {
      if (!withBlocks.contains(div)) {
        if (texts.of(div).length() >= 25) {
          div.tagName("p");
          texts.changed(div.parent());
        }
      } else {
        wrapLooseText(div, texts);
      }
    }
  }

  private static final java.util.Set<String> INLINE =
      java.util.Set.of(
          "a", "span", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr", "cite", "q",
          "time", "mark");

  /**
   * Wraps runs of text that sit directly in a div beside block children (text separated by {@code
   * <br>}s, say) in paragraphs, so that they score and survive like paragraphs.
   */
  private static void wrapLooseText(Element div, ElementTexts texts) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(div.childNodes())) {
      boolean inline =
          child instanceof TextNode || child instanceof Element e && INLINE.contains(e.tagName());
      if (inline) {
        run.add(child);
      } else {
        wrap(run, texts);
        run.clear();
      }
    }
    wrap(run, texts);
  }

  private static void wrap(List<Node> run, ElementTexts texts) {
    StringBuilder text = new StringBuilder();
    for (Node n : run) {
      text.append(n instanceof TextNode t ? t.text() : texts.of((Element) n));
    }
    if (text.toString().strip().length() < 25) {
      return;
    }
    Element p = new Element("p");
    run.get(0).before(p);
    for (Node n : run) {
      p.appendChild(n);
      texts.moved(n);
    }
  }
}
