package org.newsbrief.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The metadata a page declares in its head and markup, read from the whole document before any
 * element is dropped: byline ({@link Bylines}), canonical URL, language and publication date
 * ({@link PublishedDates}). Nothing is guessed from the body text here.
 */
final class PageMetadata {
  private static final List<String> KEYS = List.of("property", "name", "http-equiv");
  private static final Pattern PRIMARY_TAG = Pattern.compile("[a-z]{2,3}");

  /**
   * What a page declares.
   *
   * @param byline the author names, e.g. "Jane Doe, John Roe"
   * @param canonical the absolute http(s) URL the page names as its own
   * @param language the BCP-47 primary language subtag, e.g. "en"
   * @param published the publication date
   * @param modified the last-modified date
   */
  record Found(
      @Nullable String byline,
      @Nullable String canonical,
      @Nullable String language,
      @Nullable LocalDate published,
      @Nullable LocalDate modified) {}

  private PageMetadata() {}

  /** Reads {@code doc}; {@code pageUrl} (when known) resolves relative links and dates the page. */
  static Found read(Document doc, @Nullable String pageUrl) {
    PageElements page = PageElements.of(doc);
    return read(page, metas(page), JsonLd.of(page), pageUrl, BylineModel.shipped());
  }

  /**
   * As {@link #read(Document, String)}, with the page's elements, metas and JSON-LD read; {@code
   * bylines} ranks the byline candidates (null: the rules choose).
   */
  static Found read(
      PageElements page,
      Map<String, String> metas,
      JsonLd jsonLd,
      @Nullable String pageUrl,
      @Nullable BylineModel bylines) {
    return read(page, metas, jsonLd, pageUrl, bylines, DateModel.shipped());
  }

  /** As above; {@code dates} ranks the publication-date candidates (null: the rules choose). */
  static Found read(
      PageElements page,
      Map<String, String> metas,
      JsonLd jsonLd,
      @Nullable String pageUrl,
      @Nullable BylineModel bylines,
      @Nullable DateModel dates) {
    String canonical = canonical(page, metas, pageUrl);
    LocalDate published = PublishedDates.of(page, jsonLd, metas, pageUrl, canonical);
    if (dates != null && DateCandidates.disagree(page, jsonLd, metas, pageUrl, canonical)) {
      published =
          dates.choose(DateModel.of(page, jsonLd, metas, pageUrl, canonical, published, true));
    }
    return new Found(
        Bylines.of(page, jsonLd, metas, bylines),
        canonical,
        language(page, metas, jsonLd),
        published,
        PublishedDates.modified(jsonLd, metas));
  }

  static @Nullable String canonical(
      PageElements page, Map<String, String> metas, @Nullable String pageUrl) {
    Element link = null;
    for (Element e : page.all()) {
      if (e.normalName().equals("link")
          && PageElements.attrIs(e, "rel", "canonical")
          && e.hasAttr("href")) {
        link = e;
        break;
      }
    }
    String url = link == null ? null : httpUrl(link.attr("href"), pageUrl);
    return url != null ? url : httpUrl(metas.get("og:url"), pageUrl);
  }

  /** {@code href} resolved against {@code base}, when the result is an absolute http(s) URL. */
  static @Nullable String httpUrl(@Nullable String href, @Nullable String base) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip().replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null) {
        uri = new URI(base.strip()).resolve(uri);
      }
      String scheme = uri.getScheme();
      boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return http && uri.getHost() != null ? uri.normalize().toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  static @Nullable String language(PageElements page, Map<String, String> metas, JsonLd jsonLd) {
    Element html = page.first("html");
    String tag = null;
    if (html != null) {
      tag = primary(html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
    }
    if (tag == null) {
      tag = primary(metas.get("content-language"));
    }
    if (tag == null) {
      tag = primary(metas.get("og:locale"));
    }
    return tag != null ? tag : primary(jsonLd.articleField("inLanguage"));
  }

  /** The primary subtag of a language tag or locale ("en-US", "en_GB", "EN"), or null. */
  static @Nullable String primary(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    String first = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    if (!PRIMARY_TAG.matcher(first).matches() || first.equals("und") || first.equals("zxx")) {
      return null;
    }
    return first;
  }

  /**
   * Every {@code <meta>} content by its {@code property}, {@code name} or {@code http-equiv},
   * lower-cased; the first one wins. One pass over the page instead of one search per name.
   */
  static Map<String, String> metas(Document doc) {
    return metas(PageElements.of(doc));
  }

  /** {@link #metas(Document)} of the listed page. */
  static Map<String, String> metas(PageElements page) {
    Map<String, String> metas = new HashMap<>();
    for (Element meta : page.metas()) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : KEYS) {
        String name = meta.attr(key);
        if (!name.isEmpty()) {
          metas.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), content);
        }
      }
    }
    return metas;
  }
}
