package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The candidate blocks of a page for the {@link BlockModel}: the page's {@link LeafBlocks}, each
 * with the features the model reads: what the rule-based choice ({@link MainContent}) does with it,
 * its length, link share, tag, the class/id names and tags of its ancestors, its place in the page
 * and beside the chosen text, its punctuation and its neighbours.
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

  /** One block: the element, its text, whether the rules keep it, and its features. */
  record Candidate(Element element, String text, boolean kept, double[] features) {}

  private BlockFeatures() {}

  /**
   * The candidate blocks under {@code body}, {@code parts} being the rules' chosen containers; null
   * when a part holds no block (the rules then keep its whole text, which no candidate gives).
   */
  static @Nullable List<Candidate> of(Element body, List<Element> parts, ElementTexts texts) {
    LeafBlocks leaves = LeafBlocks.of(body, parts);
    return leaves == null ? null : features(leaves, texts);
  }

  private static List<Candidate> features(LeafBlocks leaves, ElementTexts texts) {
    List<Element> blocks = leaves.blocks();
    List<Integer> flags = leaves.flags();
    int h1 = leaves.h1();
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
      kept[i] = (flags.get(i) & LeafBlocks.PART) != 0 && links[i] <= 0.5 && !text[i].isEmpty();
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
        (f & LeafBlocks.PART) != 0 ? 1 : 0,
        logLen[i],
        links[i],
        tag.equals("p") ? 1 : 0,
        tag.equals("li") ? 1 : 0,
        tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) <= '6' ? 1 : 0,
        tag.equals("td") || tag.equals("dd") ? 1 : 0,
        tag.equals("blockquote") || tag.equals("pre") ? 1 : 0,
        (f & LeafBlocks.POSITIVE) != 0 ? 1 : 0,
        (f & LeafBlocks.NEGATIVE) != 0 ? 1 : 0,
        (f & LeafBlocks.COMMENTS) != 0 ? 1 : 0,
        (f & LeafBlocks.ARTICLE) != 0 ? 1 : 0,
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
