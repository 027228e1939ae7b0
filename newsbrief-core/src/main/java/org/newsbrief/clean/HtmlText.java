package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page into text blocks and the metadata its head declares. Scripts, styles,
 * navigation, headers, footers, asides, forms and figures are dropped; each remaining block element
 * becomes one paragraph.
 */
final class HtmlText {
  private static final java.util.Set<String> DROPPED_TAGS =
      java.util.Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "button",
          "select",
          "input",
          "textarea");
  private static final org.jsoup.select.Evaluator BLOCKS_QUERY =
      org.jsoup.select.QueryParser.parse("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd");
  static final java.util.Set<String> BLOCK_TAGS =
      java.util.Set.of(
          "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "dd");

  /** The page as blank-line separated paragraphs, plus declared metadata. */
  record Page(
      List<String> lines,
      @Nullable String title,
      @Nullable String siteName,
      PageMetadata.Found metadata,
      java.util.Map<String, String> blocks) {
    @Nullable LocalDate published() {
      return metadata.published();
    }
  }

  private HtmlText() {}

  static Page read(String html) {
    return read(html, null, null, BylineModel.shipped());
  }

  /**
   * Reads the page fetched from {@code url} (when known); {@code model}, when given, keeps or drops
   * each block of the page after the rules' choice; {@code bylines}, when given, ranks the bylines.
   */
  static Page read(
      String html,
      @Nullable String url,
      @Nullable BlockModel model,
      @Nullable BylineModel bylines) {
    return read(html, url, model, bylines, DateModel.shipped());
  }

  /** As above; {@code dates}, when given, ranks the publication-date candidates. */
  static Page read(
      String html,
      @Nullable String url,
      @Nullable BlockModel model,
      @Nullable BylineModel bylines,
      @Nullable DateModel dates) {
    Document doc = Jsoup.parse(html);
    PageElements elements = PageElements.of(doc);
    java.util.Map<String, String> metas = PageMetadata.metas(elements);
    String title = firstNonBlank(metas.get("og:title"), text(elements.first("h1")), doc.title());
    String site = metas.get("og:site_name");
    JsonLd jsonLd = JsonLd.of(elements);
    PageMetadata.Found metadata = PageMetadata.read(elements, metas, jsonLd, url, bylines, dates);
    String articleBody = jsonLd.articleField("articleBody");
    ElementTexts texts = new ElementTexts();
    Element body = readable(elements, doc, texts);
    List<Element> parts = MainContent.withSiblings(MainContent.best(body, texts), 200, texts);
    List<String> lines = new ArrayList<>();
    java.util.Map<String, String> kinds = new java.util.HashMap<>();
    List<BlockFeatures.Candidate> candidates =
        model == null ? null : BlockFeatures.of(body, parts, texts);
    if (model != null && candidates != null) {
      lines = model.lines(candidates, kinds);
    } else {
      for (Element part : parts) {
        addBlocks(part, texts, lines, kinds);
      }
    }
    if (lines.isEmpty()) {
      for (String line : body.wholeText().split("\n")) {
        lines.add(line);
      }
    }
    lines = DeclaredBody.orLines(articleBody, lines);
    return new Page(lines, title, site, metadata, kinds);
  }

  /**
   * The page's body without what no reader sees and without its furniture; {@code texts} (empty
   * when given) keeps the texts read on the way, valid for the body returned.
   */
  private static Element readable(PageElements elements, Document doc, ElementTexts texts) {
    for (Element dropped : elements.matching(HtmlText::isDropped)) {
      dropped.remove();
    }
    Element body = doc.body();
    PageFurniture.dropFurniture(body, texts);
    DivParagraphs.divsToParagraphs(body, texts);
    PageFurniture.dropUnlikely(body, texts);
    return body;
  }

  /** The candidate blocks of a page for the block model (as {@link #read} reads the page). */
  static @Nullable List<BlockFeatures.Candidate> candidates(String html) {
    Document doc = Jsoup.parse(html);
    ElementTexts texts = new ElementTexts();
    Element body = readable(PageElements.of(doc), doc, texts);
    List<Element> parts = MainContent.withSiblings(MainContent.best(body, texts), 200, texts);
    return BlockFeatures.of(body, parts, texts);
  }

  /** Scripts, styles, embeds, form controls and hidden elements: nothing a reader sees. */
  private static boolean isDropped(Element e) {
    return DROPPED_TAGS.contains(e.normalName())
        || e.hasAttr("hidden")
        || PageElements.attrIs(e, "aria-hidden", "true");
  }

  private static void addBlocks(
      Element root, ElementTexts texts, List<String> lines, java.util.Map<String, String> kinds) {
    org.jsoup.select.Elements blocks = root.select(BLOCKS_QUERY);
    if (blocks.isEmpty()) {
      addLine(texts.of(root), lines);
      return;
    }
    java.util.Set<Element> withBlocks = DivParagraphs.elementsContaining(root, BLOCK_TAGS);
    for (Element block : blocks) {
      if (withBlocks.contains(block)) {
        continue;
      }
      if (texts.linkDensity(block) <= 0.5) {
        addLine(texts.of(block), lines);
        String tag = block.tagName();
        if (tag.equals("li") || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) > '1') {
          kinds.putIfAbsent(texts.of(block).strip(), tag);
        }
      }
    }
  }

  private static void addLine(String text, List<String> lines) {
    String line = text.strip();
    if (!line.isEmpty()) {
      lines.add(line);
      lines.add("");
    }
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : e.text();
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
