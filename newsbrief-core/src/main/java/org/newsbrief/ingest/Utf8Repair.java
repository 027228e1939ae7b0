package org.newsbrief.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that reads each malformed byte as windows-1252 rather than U+FFFD, so that a page
 * mixing UTF-8 with Latin-1 bytes (or one that is Latin-1 throughout) reads as its authors wrote
 * it; and the test whether bytes are valid UTF-8 with at least one multi-byte sequence.
 */
final class Utf8Repair {
  private static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  private Utf8Repair() {}

  /** {@code bytes} as UTF-8, each malformed byte as windows-1252. */
  static String decode(byte[] bytes) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    while (true) {
      CoderResult r = utf8.decode(in, out, true);
      if (r.isUnderflow()) {
        utf8.flush(out);
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      for (int i = 0; i < r.length(); i++) {
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        byte b = in.get();
        out.put(new String(new byte[] {b}, WINDOWS_1252).charAt(0));
      }
    }
    out.flip();
    return out.toString();
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  /** Whether {@code bytes} are valid UTF-8 and hold at least one multi-byte sequence. */
  static boolean isUtf8WithMultibyte(byte[] bytes) {
    boolean multibyte = false;
    for (byte b : bytes) {
      if (b < 0) {
        multibyte = true;
        break;
      }
    }
    if (!multibyte) {
      return false;
    }
    try {
      PageCharset.strictUtf8(bytes);
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
