package org.newsbrief.ingest;

import java.util.List;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/** Turns a fetched page or feed into documents, decoding pages leniently in their own charset. */
final class WebPages {
  private WebPages() {}

  static void read(UrlFetcher.Page page, InputOutcome outcome) {
    byte[] body = page.body();
    if (body.length == 0) {
      outcome.fail("page is empty");
      return;
    }
    if (FileDecoder.looksBinary(body)) {
      outcome.fail("page is binary, not text");
      return;
    }
    if (page.kind() == InputKind.FEED) {
      try {
        List<RawDocument> entries = FeedEntries.read(outcome.input(), body, page.contentType());
        if (entries.isEmpty()) {
          outcome.fail("feed has no entries with content");
        }
        entries.forEach(outcome::add);
      } catch (IllegalArgumentException e) {
        outcome.fail(String.valueOf(e.getMessage()));
      }
      return;
    }
    String content = PageCharset.decodeLeniently(body, page.contentType());
    if (content.isBlank()) {
      outcome.fail("page holds only whitespace");
      return;
    }
    outcome.add(
        new RawDocument(
            outcome.input(), SourceFormat.HTML, content, page.uri().toString(), null, null, null));
  }
}
