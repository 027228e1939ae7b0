package org.newsbrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes as strict UTF-8 text, rejecting binary data. */
final class FileDecoder {
  private FileDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @throws IllegalArgumentException with a message for a person when the bytes are not text
   */
  static String decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("file is empty");
    }
    if (looksBinary(bytes)) {
      throw new IllegalArgumentException("file is binary, not text");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException("file holds only whitespace");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("file is not valid UTF-8 text", e);
    }
  }

  /** A NUL byte or many control characters in the first 8 KiB mark binary data. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 10;
  }
}
