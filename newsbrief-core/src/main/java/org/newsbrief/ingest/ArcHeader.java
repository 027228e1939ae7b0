package org.newsbrief.ingest;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One ARC record header line. Version 1: {@code URL IP date content-type length}; version 2: {@code
 * URL IP date content-type result-code checksum location offset filename length}. The URL is
 * whatever comes before the fixed fields, so it may hold spaces.
 *
 * @param url the archived URL (or {@code filedesc://...} for the file's own description)
 * @param length how many bytes of record follow the header line
 */
record ArcHeader(String url, long length) {
  static final int V1_FIELDS = 5;
  static final int V2_FIELDS = 10;

  /** The header in {@code line}, or null when it is not one (for a file of {@code fields}). */
  static @Nullable ArcHeader parse(String line, int fields) {
    String[] parts = line.strip().split(" +");
    if (parts.length < fields || !parts[parts.length - 1].matches("\\d{1,15}")) {
      return null;
    }
    String date = parts[parts.length - fields + 2];
    if (!date.matches("\\d{12,17}")) {
      return null;
    }
    StringBuilder url = new StringBuilder(parts[0]);
    for (int i = 1; i <= parts.length - fields; i++) {
      url.append(' ').append(parts[i]);
    }
    return new ArcHeader(url.toString(), Long.parseLong(parts[parts.length - 1]));
  }

  /** How many fields the headers of a file have, from its filedesc body ("1 0 ..." or "2 0"). */
  static int fieldsOf(byte[] filedesc) {
    String first = new String(filedesc, StandardCharsets.ISO_8859_1).strip();
    return first.startsWith("2 ") ? V2_FIELDS : V1_FIELDS;
  }
}
