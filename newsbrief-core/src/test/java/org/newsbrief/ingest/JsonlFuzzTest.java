package org.newsbrief.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsbrief.model.RawDocument;

/**
 * Fuzzes the JSON-lines reader: any line either gives a document with text or is refused with an
 * {@link IllegalArgumentException} that says why; nothing else may escape.
 */
class JsonlFuzzTest {
  @FuzzTest(maxDuration = "15m")
  void parsesAnyLine(String line) {
    try {
      RawDocument document = JsonlRecords.parse("fuzz.jsonl:1", line);
      if (document.content().isBlank()) {
        throw new IllegalStateException("a document without text was kept");
      }
    } catch (IllegalArgumentException refused) {
      if (refused.getMessage() == null || refused.getMessage().isBlank()) {
        throw new IllegalStateException("a refusal must say why", refused);
      }
    }
  }
}
