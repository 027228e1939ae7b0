package org.newsbrief.ingest;

import java.util.Locale;

/**
 * The most bytes one input, page or record may occupy in memory: the smaller of the size cap the
 * user gave and a share of the heap. A document is held several times over while it is decoded
 * (bytes, then UTF-16 text, then the parsed page), so one eighth of the maximum heap is the bound;
 * an input over it is refused by name and the run goes on with the others.
 */
final class MemoryBound {
  /** The share of the maximum heap one input may take as bytes. */
  static final int HEAP_SHARE = 8;

  /** A bound that replaces the heap-derived one in tests; negative when unset. */
  static volatile long testBound = -1;

  private MemoryBound() {}

  /** The cap actually applied for a user cap of {@code maxBytes}. */
  static long cap(long maxBytes) {
    return Math.min(maxBytes, heapBound());
  }

  /** One {@link #HEAP_SHARE}th of the maximum heap. */
  static long heapBound() {
    long test = testBound;
    return test >= 0 ? test : Runtime.getRuntime().maxMemory() / HEAP_SHARE;
  }

  /** Why a {@code what} over the cap is refused, naming whichever bound applied. */
  static String overCap(String what, long maxBytes) {
    long heap = heapBound();
    if (maxBytes <= heap) {
      return what + " is over the cap of " + maxBytes + " bytes";
    }
    return String.format(
        Locale.ROOT,
        "%s does not fit in memory: over %d bytes, 1/%d of the %d MB heap (raise it with"
            + " NEWSBRIEF_JAVA_OPTS=-Xmx...)",
        what,
        heap,
        HEAP_SHARE,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
