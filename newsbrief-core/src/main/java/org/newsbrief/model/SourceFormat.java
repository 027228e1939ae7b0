package org.newsbrief.model;

/** How the content of a {@link RawDocument} is encoded. */
public enum SourceFormat {
  /** Plain text, paragraphs separated by blank lines or hard-wrapped. */
  TEXT,
  /** An HTML page or fragment. */
  HTML
}
