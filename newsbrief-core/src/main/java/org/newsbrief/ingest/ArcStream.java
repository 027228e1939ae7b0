package org.newsbrief.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** An ARC byte stream that counts its position and reads header lines and record bodies. */
final class ArcStream {
  private final InputStream in;
  private long position;
  private long lineStart;

  ArcStream(InputStream in) {
    this.in = in;
  }

  /** Where the line {@link #headerLine} last returned starts. */
  long lineStart() {
    return lineStart;
  }

  /** Bytes read so far. */
  long position() {
    return position;
  }

  /**
   * The next non-empty line, at most {@code max} bytes (longer lines are cut and the rest skipped),
   * or null at the end of the stream.
   */
  @Nullable String headerLine(int max) throws IOException {
    while (true) {
      lineStart = position;
      byte[] bytes = new byte[Math.min(max, 256)];
      int n = 0;
      int b;
      while ((b = in.read()) >= 0) {
        position++;
        if (b == '\n') {
          break;
        }
        if (n < max) {
          if (n == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.min(max, bytes.length * 2));
          }
          bytes[n++] = (byte) b;
        }
      }
      if (b < 0 && n == 0) {
        return null;
      }
      String line = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).strip();
      if (!line.isEmpty()) {
        return line;
      }
      if (b < 0) {
        return null;
      }
    }
  }

  /** The next {@code length} bytes. */
  byte[] body(long length) throws IOException {
    byte[] bytes = in.readNBytes((int) length);
    position += bytes.length;
    if (bytes.length < length) {
      throw new EOFException("record cut off");
    }
    return bytes;
  }

  /** Skips {@code length} bytes. */
  void skip(long length) throws IOException {
    in.skipNBytes(length);
    position += length;
  }
}
