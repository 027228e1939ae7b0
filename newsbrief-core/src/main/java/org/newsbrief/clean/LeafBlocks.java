package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The leaf blocks of a page, read in one walk: every block element (paragraph, list item, heading,
 * cell, quote) that holds no other block, in document order, each with what its ancestors say of it
 * as {@link #flags()} (class/id names {@link MainContent} counts as positive or negative, comment
 * names, an {@code article} or {@code main} element, one of the rules' chosen parts), and the index
 * of the first {@code h1} among them. {@link BlockFeatures} turns them into the model's features.
 *
 * @param blocks the leaf blocks, in document order
 * @param flags for each block, its ancestors' flags ({@link #POSITIVE} and the like, or-ed)
 * @param h1 the index of the first {@code h1} block, or -1
 */
record LeafBlocks(List<Element> blocks, List<Integer> flags, int h1) {
  /** An ancestor's class or id holds a word {@link MainContent#POSITIVE} counts. */
  static final int POSITIVE = 1;

  /** An ancestor's class or id holds a word {@link MainContent#NEGATIVE} counts. */
  static final int NEGATIVE = 2;

  /** An ancestor's class or id names comments. */
  static final int COMMENTS = 4;

  /** An ancestor (or the block) is an {@code article} or {@code main} element. */
  static final int ARTICLE = 8;

  /** An ancestor (or the block) is one of the rules' chosen parts. */
  static final int PART = 16;

  private static final Keywords COMMENT = Keywords.of("comment|reply|respond|discuss|disqus");
  private static final int DEPTH = 512;

  /**
   * The leaf blocks under {@code body}, {@code parts} being the rules' chosen containers; null when
   * a part holds no block (the rules then keep its whole text, which no block gives).
   */
  static @Nullable LeafBlocks of(Element body, List<Element> parts) {
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
              f |= byNames.computeIfAbsent(e.className() + " " + e.id(), LeafBlocks::nameFlags);
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
    return new LeafBlocks(blocks, flags, h1[0]);
  }

  private static int nameFlags(String names) {
    String lower = names.toLowerCase(java.util.Locale.ROOT);
    return (MainContent.POSITIVE.foundIn(lower) ? POSITIVE : 0)
        | (MainContent.NEGATIVE.foundIn(lower) ? NEGATIVE : 0)
        | (COMMENT.foundIn(lower) ? COMMENTS : 0);
  }
}
