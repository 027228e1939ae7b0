package org.newsbrief.ingest;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Turns a fetched page or feed into documents, decoding pages leniently in their own charset. In a
 * feed fetched by URL, an entry without inline full text but with a link is read from its page,
 * fetched as politely as any URL (a page that cannot be fetched is a problem named by its link, and
 * the other entries go on); an entry with neither is read from its description, as in a feed file.
 */
final class WebPages {
  private WebPages() {}

  static void read(UrlFetcher.Page page, InputOutcome outcome, UrlFetcher fetcher) {
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
        feed(page, outcome, fetcher);
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

  private static void feed(UrlFetcher.Page page, InputOutcome outcome, UrlFetcher fetcher) {
    FeedContents feed = FeedContents.read(page.body(), page.contentType());
    Map<String, RawDocument> inline = new HashMap<>();
    for (RawDocument d : FeedEntries.read(outcome.input(), page.body(), page.contentType())) {
      inline.put(d.source(), d);
    }
    List<FeedItem> items = feed.items();
    int read = 0;
    for (int n = 1; n <= items.size(); n++) {
      FeedItem item = items.get(n - 1);
      String source = outcome.input() + "#" + n;
      if (item.content() == null && item.link() != null) {
        String link = String.valueOf(item.link()).strip();
        try {
          outcome.add(linkedPage(item, page.uri().resolve(link), feed.title(), fetcher));
          read++;
        } catch (FetchFailure | IllegalArgumentException e) {
          outcome.skipBad(link, "entry " + n, String.valueOf(e.getMessage()));
        }
      } else if (inline.containsKey(source)) {
        outcome.add(inline.get(source));
        read++;
      }
    }
    if (read == 0 && outcome.count() == 0 && items.stream().noneMatch(i -> i.link() != null)) {
      outcome.fail("feed has no entries with content");
    }
  }

  /** The page {@code link} of {@code item}, as a document carrying the entry's metadata. */
  static RawDocument linkedPage(
      FeedItem item, URI link, @org.jspecify.annotations.Nullable String outlet, UrlFetcher fetcher)
      throws FetchFailure {
    UrlFetcher.Page page = fetcher.fetch(UrlFetcher.checked(link));
    if (page.kind() != InputKind.HTML || page.body().length == 0) {
      throw new FetchFailure("the entry's link does not lead to an HTML page: " + page.uri());
    }
    String html = PageCharset.decodeLeniently(page.body(), page.contentType());
    if (html.isBlank() || FileDecoder.looksBinary(page.body())) {
      throw new FetchFailure("the entry's page holds no text: " + page.uri());
    }
    return item.document(link.toString(), html, page.uri().toString(), outlet);
  }
}
