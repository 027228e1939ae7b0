package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/** The default {@link Cleaner} for scraped news text and HTML pages. */
public final class NewsCleaner implements Cleaner {

  private final boolean detectLanguages;
  private final @Nullable BlockModel blockModel;
  private final @Nullable BylineModel bylineModel;
  private final @Nullable DateModel dateModel;

  /** A cleaner that detects the language of a page that declares none. */
  public NewsCleaner() {
    this(true);
  }

  /**
   * A cleaner that chooses a page's blocks with {@code blocks} (null: by the rules alone) and
   * detects languages only when {@code detectLanguages}.
   */
  public NewsCleaner(boolean detectLanguages, @Nullable BlockModel blocks) {
    this(detectLanguages, blocks, BylineModel.shipped());
  }

  /**
   * As {@link #NewsCleaner(boolean, BlockModel)}, choosing bylines with {@code bylines} (null:
   * rules).
   */
  public NewsCleaner(
      boolean detectLanguages, @Nullable BlockModel blocks, @Nullable BylineModel bylines) {
    this(detectLanguages, blocks, bylines, DateModel.shipped());
  }

  /**
   * As {@link #NewsCleaner(boolean, BlockModel, BylineModel)}, choosing publication dates with
   * {@code dates} (null: rules).
   */
  public NewsCleaner(
      boolean detectLanguages,
      @Nullable BlockModel blocks,
      @Nullable BylineModel bylines,
      @Nullable DateModel dates) {
    this.detectLanguages = detectLanguages;
    this.blockModel = blocks;
    this.bylineModel = bylines;
    this.dateModel = dates;
  }

  /**
   * A cleaner that detects the language of a page that declares none only when {@code
   * detectLanguages}; otherwise such an article's language is unknown (null), and the detector's
   * model is never loaded.
   */
  public NewsCleaner(boolean detectLanguages) {
    this(detectLanguages, BlockModel.shipped());
  }

  /**
   * Loads the language detector's model now (the facade does so on a background thread, so that a
   * cold start does not wait for it).
   */
  public static void preloadModels() {
    Languages.preload();
  }

  @Override
  public Article clean(RawDocument document) {
    Article article = extract(document).article();
    if (article == null) {
      throw new IllegalArgumentException("no article text left after removing boilerplate");
    }
    return article;
  }

  /**
   * Reads {@code document} into its metadata and main text; unlike {@link #clean}, a page with no
   * article text left still gives its metadata.
   */
  public PageExtraction extract(RawDocument document) {
    List<String> lines;
    PageHeader header = new PageHeader();
    header.title = document.title();
    header.outlet = document.outlet();
    header.published = document.published();
    header.byline = Bylines.clean(document.byline());
    header.language = PageMetadata.primary(document.language());
    String fetchedFrom = PageMetadata.httpUrl(document.url(), null);
    header.url = fetchedFrom;
    java.util.Map<String, String> blocks = java.util.Map.of();
    if (document.format() == SourceFormat.HTML) {
      HtmlText.Page page =
          HtmlText.read(document.content(), fetchedFrom, blockModel, bylineModel, dateModel);
      lines = new ArrayList<>(page.lines());
      blocks = page.blocks();
      header.title = PageHeader.first(header.title, page.title());
      header.outlet = PageHeader.first(header.outlet, page.siteName());
      header.published = header.published != null ? header.published : page.published();
      header.take(page.metadata());
    } else {
      lines = new ArrayList<>(List.of(normalise(document.content()).split("\n", -1)));
    }
    lines = Captions.dropRepeated(lines);
    lines = header.dropFurniture(lines);
    String headline = Headlines.take(lines, header.title);
    List<String> paragraphs = header.bodyParagraphs(LineUnwrapper.paragraphs(lines), headline);
    if (header.language == null && detectLanguages) {
      header.language = Languages.detect(paragraphs);
    }
    Article article = null;
    if (!paragraphs.isEmpty()) {
      String title =
          headline != null
              ? TitleSuffix.strip(headline, header.outlet, header.url)
              : Headlines.fromLead(paragraphs.get(0));
      article =
          new Article(
              ParagraphKeys.id(paragraphs),
              document.source(),
              title,
              header.outlet,
              header.published,
              paragraphs,
              header.byline,
              header.url,
              header.language,
              document.containerDate());
    }
    return new PageExtraction(
        document.source(),
        headline,
        Bylines.names(header.byline),
        header.outlet,
        header.published,
        header.modified == null || header.modified.equals(header.published)
            ? null
            : header.modified,
        header.url,
        header.language,
        paragraphs,
        blocks,
        article);
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
  }
}
