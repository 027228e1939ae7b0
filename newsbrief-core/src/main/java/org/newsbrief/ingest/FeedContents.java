package org.newsbrief.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed read for following: its title and every entry, with or without inline full text (see
 * {@link FeedItem}). Decoded and parsed as {@link FeedEntries} does it.
 *
 * @param title the feed's title, when given
 * @param items its entries, in feed order
 */
public record FeedContents(@Nullable String title, List<FeedItem> items) {
  public FeedContents {
    items = List.copyOf(items);
  }

  /**
   * The feed in {@code bytes}.
   *
   * @param contentType the Content-Type header it came with, or {@code null} for a file
   * @throws IllegalArgumentException when the bytes are not a well-formed RSS or Atom feed
   */
  public static FeedContents read(byte[] bytes, @Nullable String contentType) {
    if (FileDecoder.looksBinary(bytes) && !FeedCharset.wide(bytes)) {
      throw new IllegalArgumentException("feed is binary, not text");
    }
    SyndFeed feed = FeedEntries.parse(bytes, contentType);
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      items.add(
          new FeedItem(
              FeedEntries.blankToNull(entry.getUri()),
              FeedEntries.blankToNull(entry.getLink()),
              FeedEntries.blankToNull(entry.getTitle()),
              instant(entry.getPublishedDate()),
              instant(entry.getUpdatedDate()),
              FeedEntries.blankToNull(entry.getAuthor()),
              fullText(entry)));
    }
    return new FeedContents(FeedEntries.blankToNull(feed.getTitle()), items);
  }

  /**
   * The feed in the local file {@code file}, read no further than {@code maxBytes}.
   *
   * @throws java.io.IOException when the file cannot be read
   * @throws IllegalArgumentException when it is too large, binary, or not a feed
   */
  public static FeedContents read(java.nio.file.Path file, long maxBytes)
      throws java.io.IOException {
    byte[] bytes =
        FileIngester.readCapped(
            file, maxBytes, b -> !FeedCharset.wide(b) && FileDecoder.looksBinary(b));
    FileDecoder.checkFeed(bytes);
    return read(bytes, null);
  }

  private static @Nullable String fullText(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue());
      }
    }
    return html.toString().isBlank() ? null : html.toString();
  }

  private static @Nullable Instant instant(@Nullable Date date) {
    return date == null ? null : date.toInstant();
  }
}
