package org.newsbrief.ingest;

import java.io.EOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;

/**
 * Where an archive is damaged and what is wrong there, in words for people: the exception that
 * found it gives the kind of damage and, for a bad header, its place within the record, but its own
 * text (parser states, Java number formats) is never shown.
 *
 * @param record the record's number in the archive, from 1
 * @param recordStart the byte at which the damaged record (or its gzip member) starts
 * @param at the byte where the damage was found
 * @param compressed whether offsets count compressed bytes (gzip members)
 * @param reason what is wrong, for a person
 */
record ArchiveDamage(int record, long recordStart, long at, boolean compressed, String reason) {
  private static final Pattern POSITION = Pattern.compile("at position (\\d+)");

  /** The damage {@code e} reports in record {@code record} starting at {@code recordStart}. */
  static ArchiveDamage of(int record, long recordStart, boolean compressed, Throwable e) {
    long at = recordStart;
    if (e instanceof ParsingException p && !compressed) {
      Matcher m = POSITION.matcher(String.valueOf(p.getBaseMessage()));
      if (m.find() && m.group(1).length() < 12) {
        at = recordStart + Long.parseLong(m.group(1));
      }
    }
    return new ArchiveDamage(record, recordStart, at, compressed, reason(e));
  }

  static String reason(Throwable e) {
    if (e instanceof ParsingException) {
      return "not a valid record header";
    }
    if (e instanceof EOFException) {
      return "the archive ends in the middle of this record";
    }
    if (e instanceof ZipException || String.valueOf(e.getMessage()).contains("gzip")) {
      return "the compressed data is corrupt";
    }
    if (e instanceof NumberFormatException) {
      return "a length or number in the header is not a number newsbrief can use";
    }
    return "the record cannot be read";
  }

  /** The message: where, what, and where reading resumed ({@code resumed} < 0: it did not). */
  String message(long resumed) {
    String where =
        compressed
            ? String.format(Locale.ROOT, "in the gzip member at byte %d", recordStart)
            : String.format(Locale.ROOT, "at byte %d", at);
    String then =
        resumed < 0
            ? "no valid record follows"
            : String.format(Locale.ROOT, "reading resumed at byte %d", resumed);
    return String.format(Locale.ROOT, "damaged %s: %s; %s", where, reason, then);
  }
}
