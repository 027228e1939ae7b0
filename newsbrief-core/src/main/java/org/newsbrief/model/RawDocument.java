package org.newsbrief.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One decoded input document before cleaning, with whatever metadata its container supplied.
 *
 * @param source where the document came from (path, URL, or archive record)
 * @param format how {@code content} is encoded
 * @param content the decoded text or HTML
 * @param url the document's URL, when known
 * @param title a title supplied by the container (feed, JSONL), when known
 * @param outlet an outlet supplied by the container, when known
 * @param published a publication date supplied by the container, when known
 * @param byline author names supplied by the container (feed, JSONL), when known
 * @param language a language tag supplied by the container (JSONL), when known
 * @param containerDate a capture (WARC) or feed-entry date the container gives, when known: not a
 *     publication date
 */
public record RawDocument(
    String source,
    SourceFormat format,
    String content,
    @Nullable String url,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String byline,
    @Nullable String language,
    @Nullable ContainerDate containerDate) {
  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  /** A document whose container gives no capture or feed-entry date. */
  public RawDocument(
      String source,
      SourceFormat format,
      String content,
      @Nullable String url,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable LocalDate published,
      @Nullable String byline,
      @Nullable String language) {
    this(source, format, content, url, title, outlet, published, byline, language, null);
  }

  /** This document with the container's capture or feed-entry date. */
  public RawDocument withContainerDate(@Nullable ContainerDate date) {
    return new RawDocument(
        source, format, content, url, title, outlet, published, byline, language, date);
  }

  /** A document whose container gives no byline or language. */
  public RawDocument(
      String source,
      SourceFormat format,
      String content,
      @Nullable String url,
      @Nullable String title,
      @Nullable String outlet,
      @Nullable LocalDate published) {
    this(source, format, content, url, title, outlet, published, null, null);
  }

  /** A document with no metadata beyond its source. */
  public static RawDocument of(String source, SourceFormat format, String content) {
    return new RawDocument(source, format, content, null, null, null, null);
  }
}
