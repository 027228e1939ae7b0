package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * nearly as well; of containers that score the same, the first scored (in document order) wins. The
 * idea is Readability's; the weights are newsbrief's own.
 */
final class MainContent {
  static final Keywords POSITIVE =
      Keywords.of(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  static final Keywords NEGATIVE =
      Keywords.of(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget|caption|credit|newsletter|subscribe|social");
  private static final org.jsoup.select.Evaluator PARAGRAPHS =
      org.jsoup.select.QueryParser.parse("p, pre, td, blockquote, li, h2, h3, h4");

  private MainContent() {}

  /** The container with the best content score, or the body when nothing scores. */
  static Element best(Element body, ElementTexts texts) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      String text = texts.of(p);
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commaPieces(text) + Math.min(text.length() / 100.0, 3);
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
      double score = e.getValue();
      if (score >= 0 && score <= topScore) {
        // The link share is at least 0, so this container cannot score above topScore: its text
        // (the whole container's, costly to build) need not be read.
        continue;
      }
      double s = score * (1 - texts.linkDensity(e.getKey()));
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

  /**
   * {@code text.split(",").length} without building the pieces: the commas plus one, less the empty
   * pieces at the end (none at all for a text of commas only).
   */
  static int commaPieces(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      commas += text.charAt(i) == ',' ? 1 : 0;
    }
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == ',') {
      trailing++;
    }
    return trailing == text.length() ? (text.isEmpty() ? 1 : 0) : commas + 1 - trailing;
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
