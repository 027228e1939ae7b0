package org.newsbrief.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned news article: boilerplate removed, lines re-joined into paragraphs, metadata found.
 *
 * @param id stable identifier derived from the article's text
 * @param source where the article came from
 * @param title the headline, or a shortened lead when the text gives none
 * @param outlet the publishing outlet when the text names it, otherwise {@code null}
 * @param published the publication date when the text gives one, otherwise {@code null}
 * @param paragraphs the body, one entry per paragraph
 * @param byline the author names the page or input gives, e.g. "Jane Doe, John Roe", otherwise
 *     {@code null}
 * @param url the canonical http(s) URL the page declares, else the URL it was read from, otherwise
 *     {@code null}
 * @param language the BCP-47 primary language subtag declared for the page or input (e.g. "en"),
 *     otherwise {@code null}
 * @param containerDate the capture (WARC) or feed-entry date the input's container gives, when
 *     known: the reference date when {@code published} is null, never shown as a publication date
 */
public record Article(
    String id,
    String source,
    String title,
    @Nullable String outlet,
    @Nullable LocalDate published,
    List<String> paragraphs,
    @Nullable String byline,
    @Nullable String url,
    @Nullable String language,
    @Nullable ContainerDate containerDate)
    implements Serializable {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
  }

  /** An article whose container gives no capture or feed-entry date. */
  public Article(
      String id,
      String source,
      String title,
      @Nullable String outlet,
      @Nullable LocalDate published,
      List<String> paragraphs,
      @Nullable String byline,
      @Nullable String url,
      @Nullable String language) {
    this(id, source, title, outlet, published, paragraphs, byline, url, language, null);
  }

  /**
   * The day relative dates in the text are read against: the publication date, else the container's
   * capture or feed-entry date, else {@code null} (an undated article stays undated).
   */
  public @Nullable LocalDate referenceDay() {
    return published != null ? published : containerDate == null ? null : containerDate.date();
  }

  /** An article with no byline, URL or language. */
  public Article(
      String id,
      String source,
      String title,
      @Nullable String outlet,
      @Nullable LocalDate published,
      List<String> paragraphs) {
    this(id, source, title, outlet, published, paragraphs, null, null, null);
  }

  /** The body as one string, paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
