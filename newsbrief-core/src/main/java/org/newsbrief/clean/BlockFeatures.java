package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The candidate blocks of a page for the {@link BlockModel}: every block element (paragraph, list
 * item, heading, cell, quote) that holds no other block, in document order, each with the features
 * the model reads: what the rule-based choice ({@link MainContent}) does with it, its length, link
 * share, tag, the class/id names and tags of its ancestors, its place in the page and beside the
 * chosen text, its punctuation and its neighbours.
 */
final class BlockFeatures {
  /** The feature names, in the order of {@link Candidate#features()}; the first is the bias. */
  static final List<String> NAMES =
      List.of(
          "bias",
          "kept",
          "in_part",
          "log_len",
          "link_density",
          "tag_p",
          "tag_li",
          "tag_h",
          "tag_cell",
          "tag_quote",
          "anc_positive",
          "anc_negative",
          "anc_comment",
          "anc_article",
          "position",
          "ends_sentence",
          "commas",
          "digits",
          "short",
          "prev_kept",
          "next_kept",
          "prev_log_len",
          "next_log_len",
          "before_span",
          "after_span",
          "after_h1",
          "sibling_kept");

  private static final Keywords COMMENT = Keywords.of("comment|reply|respond|discuss|disqus");
  private static final int DEPTH = 512;
  private static final int POSITIVE = 1, NEGATIVE = 2, COMMENTS = 4, ARTICLE = 8, PART = 16;

  /** One block: the element, its text, whether the rules keep it, and its features. */
  record Candidate(Element element, String text, boolean kept, double[] features) {}

  private BlockFeatures() {}

  /**
   * The candidate blocks under {@code body}, {@code parts} being the rules' chosen containers; null
   * when a part holds no block (the rules then keep its whole text, which no candidate gives).
   */
  static @Nullable List<Candidate> of(Element body, List<Element> parts, ElementTexts texts) {
    Map<Element, Integer> partIndex = new IdentityHashMap<>();
    for (Element part : parts) {
      partIndex.put(part, partIndex.size());
    }
    boolean[] partHasBlock = new boolean[parts.size()];
    List<Element> blocks = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    Map<String, Integer> byNames = new HashMap<>();
    int[] h1 = {-1};
    NodeTraversor.traverse(
        new NodeVisitor() {
          private final int[] stack = new int[DEPTH];
          private final int[] part = new int[DEPTH];
          private final boolean[] below = new boolean[DEPTH];

          @Override
          public void head(Node node, int depth) {
            if (!(node instanceof Element e) || depth >= DEPTH) {
              return;
            }
            int f = depth > 0 ? stack[depth - 1] : 0;
            int p = depth > 0 ? part[depth - 1] : -1;
            if (e.hasAttr("class") || e.hasAttr("id")) {
              f |= byNames.computeIfAbsent(e.className() + " " + e.id(), BlockFeatures::nameFlags);
            }
            String tag = e.normalName();
            f |= tag.equals("article") || tag.equals("main") ? ARTICLE : 0;
            Integer index = partIndex.get(e);
            if (index != null) {
              f |= PART;
              p = index;
            }
            stack[depth] = f;
            part[depth] = p;
            below[depth] = false;
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e) || depth >= DEPTH) {
              return;
            }
            boolean block = HtmlText.BLOCK_TAGS.contains(e.normalName());
            if (block && !below[depth]) {
              if (h1[0] < 0 && e.normalName().equals("h1")) {
                h1[0] = blocks.size();
              }
              blocks.add(e);
              flags.add(stack[depth]);
              if (part[depth] >= 0) {
                partHasBlock[part[depth]] = true;
              }
            }
            if ((block || below[depth]) && depth > 0) {
              below[depth - 1] = true;
            }
          }
        },
        body);
    for (boolean has : partHasBlock) {
      if (!has) {
        return null;
      }
    }
    return features(blocks, flags, h1[0], texts);
  }

  private static int nameFlags(String names) {
    String lower = names.toLowerCase(java.util.Locale.ROOT);
    return (MainContent.POSITIVE.foundIn(lower) ? POSITIVE : 0)
        | (MainContent.NEGATIVE.foundIn(lower) ? NEGATIVE : 0)
        | (COMMENT.foundIn(lower) ? COMMENTS : 0);
  }

  private static List<Candidate> features(
      List<Element> blocks, List<Integer> flags, int h1, ElementTexts texts) {
    int n = blocks.size();
    String[] text = new String[n];
    boolean[] kept = new boolean[n];
    double[] logLen = new double[n];
    double[] links = new double[n];
    int first = n, last = -1;
    Set<Element> keptParents = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < n; i++) {
      Element b = blocks.get(i);
      text[i] = texts.of(b).strip();
      links[i] = texts.linkDensity(b);
      kept[i] = (flags.get(i) & PART) != 0 && links[i] <= 0.5 && !text[i].isEmpty();
      logLen[i] = Math.log1p(text[i].length());
      if (kept[i]) {
        first = Math.min(first, i);
        last = i;
        if (b.parent() != null) {
          keptParents.add(b.parent());
        }
      }
    }
    List<Candidate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (text[i].isEmpty()) {
        continue;
      }
      Element b = blocks.get(i);
      int f = flags.get(i);
      String t = text[i];
      String tag = b.normalName();
      int commas = 0, digits = 0, spaces = 0;
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        commas += ch == ',' ? 1 : 0;
        digits += ch < 128 ? (ch >= '0' && ch <= '9' ? 1 : 0) : Character.isDigit(ch) ? 1 : 0;
        spaces += ch == ' ' ? 1 : 0;
      }
      char end = t.charAt(t.length() - 1);
      double[] x = {
        1,
        kept[i] ? 1 : 0,
        (f & PART) != 0 ? 1 : 0,
        logLen[i],
        links[i],
        tag.equals("p") ? 1 : 0,
        tag.equals("li") ? 1 : 0,
        tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) <= '6' ? 1 : 0,
        tag.equals("td") || tag.equals("dd") ? 1 : 0,
        tag.equals("blockquote") || tag.equals("pre") ? 1 : 0,
        (f & POSITIVE) != 0 ? 1 : 0,
        (f & NEGATIVE) != 0 ? 1 : 0,
        (f & COMMENTS) != 0 ? 1 : 0,
        (f & ARTICLE) != 0 ? 1 : 0,
        n > 1 ? i / (double) (n - 1) : 0,
        ".!?\"”»:;".indexOf(end) >= 0 ? 1 : 0,
        Math.min(5, commas * 100.0 / t.length()),
        digits / (double) t.length(),
        spaces < 4 ? 1 : 0,
        i > 0 && kept[i - 1] ? 1 : 0,
        i + 1 < n && kept[i + 1] ? 1 : 0,
        i > 0 ? logLen[i - 1] : 0,
        i + 1 < n ? logLen[i + 1] : 0,
        i < first ? 1 : 0,
        i > last ? 1 : 0,
        h1 >= 0 && i > h1 ? 1 : 0,
        b.parent() != null && keptParents.contains(b.parent()) ? 1 : 0
      };
      out.add(new Candidate(b, t, kept[i], x));
    }
    return out;
  }
}
