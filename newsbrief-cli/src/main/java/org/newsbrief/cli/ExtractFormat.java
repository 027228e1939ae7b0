package org.newsbrief.cli;

/** The output formats of {@code newsbrief extract}. */
enum ExtractFormat {
  TXT,
  MD,
  JSON,
  JSONL
}
