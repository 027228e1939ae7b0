package org.newsbrief.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What kind of input an ingested path or URL is, as named in an {@link IngestReport}. */
public enum InputKind {
  /** Plain text ({@code .txt}). */
  TXT,
  /** An HTML page ({@code .html}, {@code .htm}). */
  HTML,
  /** JSON lines, one article a line ({@code .jsonl}). */
  JSONL,
  /** An RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}). */
  FEED,
  /** A WARC web archive ({@code .warc}, {@code .warc.gz}). */
  WARC,
  /** An ARC web archive ({@code .arc}, {@code .arc.gz}). */
  ARC,
  /** A list of URLs, one a line ({@code .urls}). */
  URLS,
  /** An http or https URL. */
  URL,
  /** A folder that could not be listed or holds nothing readable. */
  FOLDER,
  /** A path that does not exist or has an extension newsbrief does not read. */
  UNKNOWN;

  /** The lower-case name used in reports ("warc", "url", ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a file's name announces, or null when newsbrief does not read such files. */
  static @Nullable InputKind ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return TXT;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return HTML;
    }
    if (lower.endsWith(".jsonl")) {
      return JSONL;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
      return FEED;
    }
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return WARC;
    }
    if (lower.endsWith(".arc") || lower.endsWith(".arc.gz")) {
      return ARC;
    }
    if (lower.endsWith(".urls")) {
      return URLS;
    }
    return null;
  }
}
