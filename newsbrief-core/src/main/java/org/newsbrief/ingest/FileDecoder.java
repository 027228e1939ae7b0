package org.newsbrief.ingest;

import java.nio.charset.CharacterCodingException;

/**
 * Decodes file bytes as text, rejecting binary data. Text is strict UTF-8; an HTML file may declare
 * another encoding with {@code <meta charset>}.
 */
final class FileDecoder {
  /** How many leading bytes {@link #looksBinary} inspects. */
  static final int BINARY_PROBE = 8192;

  private FileDecoder() {}

  /**
   * Decodes {@code bytes} as strict UTF-8.
   *
   * @throws IllegalArgumentException with a message for a person when the bytes are not text
   */
  static String decode(byte[] bytes) {
    checkText(bytes);
    try {
      return notBlank(stripBom(PageCharset.strictUtf8(bytes)));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("file is not valid UTF-8 text", e);
    }
  }

  /**
   * Decodes an HTML file as a browser would ({@link PageCharset#decodeLeniently}): a wrong or
   * missing declaration never refuses the page.
   *
   * @throws IllegalArgumentException with a message for a person when the bytes are not text
   */
  static String decodeHtml(byte[] bytes) {
    checkText(bytes);
    return notBlank(PageCharset.decodeLeniently(bytes, null));
  }

  /**
   * Checks that a feed file is text: not empty, and not binary unless it is UTF-16 or UTF-32 (whose
   * NUL bytes are text); its encoding is left to {@link FeedCharset}.
   *
   * @throws IllegalArgumentException with a message for a person when it is not
   */
  static void checkFeed(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("file is empty");
    }
    if (!FeedCharset.wide(bytes) && looksBinary(bytes)) {
      throw new IllegalArgumentException("file is binary, not text");
    }
  }

  private static void checkText(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("file is empty");
    }
    if (looksBinary(bytes)) {
      throw new IllegalArgumentException("file is binary, not text");
    }
  }

  private static String notBlank(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("file holds only whitespace");
    }
    return text;
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /**
   * Binary data: more than one byte in twenty of the first 8 KiB is NUL or another C0 control
   * character (tab, line feed, carriage return and form feed aside). A stray control character in
   * text is not enough: {@link ControlCharacters} removes it, as it does a {@code \u0000} in JSON.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_PROBE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20L > n;
  }
}
