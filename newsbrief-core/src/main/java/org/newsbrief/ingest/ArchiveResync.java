package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record starts after damage, so the valid records that follow a corrupt one
 * are still read: the next gzip member (bytes 1f 8b 08) in a compressed archive, else the next line
 * that starts {@code WARC/1.}. The file is scanned in blocks, never held whole.
 */
final class ArchiveResync {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int BLOCK = 64 * 1024;

  private ArchiveResync() {}

  /** The offset of the first record start after {@code from}, or -1 when there is none. */
  static long next(FileChannel channel, long from, boolean compressed) throws IOException {
    byte[] marker = compressed ? GZIP : WARC;
    int lead = compressed ? 0 : 1;
    ByteBuffer block = ByteBuffer.allocate(BLOCK + marker.length);
    long base = from + 1 - lead;
    long size = channel.size();
    while (base < size) {
      block.clear();
      int n = channel.read(block, base);
      if (n <= 0) {
        return -1;
      }
      byte[] bytes = block.array();
      for (int i = 0; i + marker.length <= n; i++) {
        if (matches(bytes, i, marker) && base + i + lead > from) {
          return base + i + lead;
        }
      }
      if (n < marker.length) {
        return -1;
      }
      base += n - marker.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int j = 0; j < marker.length; j++) {
      if (bytes[at + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }
}
