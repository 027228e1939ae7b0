package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element of a page that holds the article: each paragraph scores its parent (and half
 * its grandparent) by its length and commas; containers named like content ("article", "story",
 * "post-body") gain, those named like furniture ("comment", "sidebar", "related", "share") lose;
 * the best container, discounted by its share of link text, wins, together with siblings that score
 * nearly as well. The idea is Readability's; the weights are newsbrief's own.
 */
final class MainContent {
  private static final Keywords UNLIKELY =
      Keywords.of(
          "comment|community|disqus|extra|foot|header|menu|remark|rss|shoutbox|sidebar"
              + "|sponsor|ad-break|agegate|pagination|pager|popup|related|share|social|newsletter"
              + "|subscribe|promo|breadcrumb|nav|banner|cookie|consent|signup|login|tags|byline"
              + "|author-bio|recirc|outbrain|taboola|most-popular|trending|widget|masthead");
  private static final Keywords LIKELY =
      Keywords.of("and|article|body|column|main|shadow|content|story|entry|post|text");
  private static final Keywords POSITIVE =
      Keywords.of(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  private static final Keywords NEGATIVE =
      Keywords.of(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget|caption|credit|newsletter|subscribe|social");
  private static final org.jsoup.select.Evaluator PARAGRAPHS =
      org.jsoup.select.QueryParser.parse("p, pre, td, blockquote, li, h2, h3, h4");

  private MainContent() {}

  private static final org.jsoup.select.Evaluator FURNITURE_TAGS =
      org.jsoup.select.QueryParser.parse(
          "nav, aside, footer, header, form, figure, figcaption, [role=navigation],"
              + " [role=complementary], [role=banner], [role=contentinfo]");
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
   * paragraphs as divs would otherwise score nothing.
   */
  static void divsToParagraphs(Element body) {
    java.util.Set<Element> withBlocks = elementsContaining(body, BLOCK_TAGS);
    for (Element div : body.getElementsByTag("div")) {
      if (!withBlocks.contains(div)) {
        if (div.text().length() >= 25) {
          div.tagName("p");
        }
      } else {
        wrapLooseText(div);
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
  private static void wrapLooseText(Element div) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(div.childNodes())) {
      boolean inline =
          child instanceof TextNode || child instanceof Element e && INLINE.contains(e.tagName());
      if (inline) {
        run.add(child);
      } else {
        wrap(run);
        run.clear();
      }
    }
    wrap(run);
  }

  private static void wrap(List<Node> run) {
    StringBuilder text = new StringBuilder();
    for (Node n : run) {
      text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
    }
    if (text.toString().strip().length() < 25) {
      return;
    }
    Element p = new Element("p");
    run.get(0).before(p);
    for (Node n : run) {
      p.appendChild(n);
    }
  }

  /** Removes navigation, headers, footers, forms and figures that hold little article text. */
  static void dropFurniture(Element body) {
    Map<Element, Integer> text = paragraphTextByElement(body);
    int total = text.getOrDefault(body, 0);
    for (Element e : body.select(FURNITURE_TAGS)) {
      if (e.parent() != null && text.getOrDefault(e, 0) < 0.3 * total) {
        e.remove();
      }
    }
  }

  /** Removes furniture the class and id names announce, unless they also sound like content. */
  static void dropUnlikely(Element body) {
    Map<Element, Integer> text = paragraphTextByElement(body);
    int total = text.getOrDefault(body, 0);
    Map<String, Boolean> unlikelyNames = new HashMap<>();
    body.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == body || !(node instanceof Element e) || e.tagName().equals("article")) {
              return FilterResult.CONTINUE;
            }
            String names = e.className() + " " + e.id();
            if (names.length() > 1
                && unlikelyNames.computeIfAbsent(names, MainContent::soundsUnlikely)
                && text.getOrDefault(e, 0) < 0.3 * total) {
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

  /** The length of paragraph text under each element, in one pass over the paragraphs. */
  private static Map<Element, Integer> paragraphTextByElement(Element body) {
    Map<Element, Integer> lengths = new java.util.IdentityHashMap<>();
    for (Element p : body.getElementsByTag("p")) {
      int length = p.text().length();
      for (Element e = p; e != null; e = e.parent()) {
        lengths.merge(e, length, Integer::sum);
        if (e == body) {
          break;
        }
      }
    }
    return lengths;
  }

  /** The container with the best content score, or the body when nothing scores. */
  static Element best(Element body, ElementTexts texts) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      String text = texts.of(p);
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.put(parent, scores.computeIfAbsent(parent, MainContent::weight) + score);
      Element grand = parent.parent();
      if (grand != null) {
        scores.put(grand, scores.computeIfAbsent(grand, MainContent::weight) + score / 2);
      }
    }
    Element top = body;
    double topScore = 0;
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    for (Map.Entry<Element, Double> e : ranked.subList(0, Math.min(10, ranked.size()))) {
      double s = e.getValue() * (1 - texts.linkDensity(e.getKey()));
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    return top;
  }

  /** The winning container plus the siblings that score close to it or read like text. */
  static List<Element> withSiblings(Element best, double threshold, ElementTexts texts) {
    List<Element> parts = new ArrayList<>();
    Element top = best;
    while (top.parent() != null
        && top.parent().tagName().matches("div|section|article")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    Element parent = top.parent();
    if (parent == null) {
      parts.add(top);
      return parts;
    }
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
      } else if (sibling.tagName().equals("p")) {
        String text = texts.of(sibling);
        if (text.length() > 80 && texts.linkDensity(sibling) < 0.25
            || text.length() > 0
                && texts.linkDensity(sibling) == 0
                && text.matches(".*[.!?]\\s*$")) {
          parts.add(sibling);
        }
      } else if (sibling.select(PARAGRAPHS).size() >= 2
          && texts.linkDensity(sibling) < 0.2
          && texts.of(sibling).length() > threshold) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static double weight(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    double w = 0;
    if (POSITIVE.foundIn(names)) {
      w += 25;
    }
    if (NEGATIVE.foundIn(names)) {
      w -= 25;
    }
    return w;
  }

  /** Whether a node is a text node with something to say. */
  static boolean hasText(@Nullable Node n) {
    return n instanceof TextNode t && !t.isBlank();
  }
}
