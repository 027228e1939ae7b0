package org.newsbrief.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.newsbrief.model.RawDocument;

/**
 * Fuzzes the feed reader: any bytes either give entries or are refused with {@link
 * IllegalArgumentException} carrying a message; nothing else may escape, and it must not hang.
 */
class FeedReaderFuzzTest {
  @FuzzTest(maxDuration = "15m")
  void readsAnyFeed(byte[] data) {
    try {
      List<RawDocument> entries = FeedEntries.read("fuzz.xml", data);
      for (RawDocument entry : entries) {
        if (entry.content().isBlank()) {
          throw new IllegalStateException("an entry without content was kept");
        }
      }
    } catch (IllegalArgumentException refused) {
      if (refused.getMessage() == null || refused.getMessage().isBlank()) {
        throw new IllegalStateException("a refusal must say why", refused);
      }
    }
  }
}
