package org.newsbrief.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Reads the entries of an RSS 2.0 or Atom feed (parsed by Rome, doctypes refused) into documents
 * holding each entry's inline content, or its description when that is all it has. Entries' links
 * are kept as URLs; they are not fetched here.
 */
public final class FeedEntries {
  private FeedEntries() {}

  /**
   * The entries of the feed in {@code bytes}.
   *
   * @throws IllegalArgumentException when the bytes are not a well-formed feed
   */
  public static List<RawDocument> read(String source, byte[] bytes) {
    return read(source, bytes, null);
  }

  /**
   * The entries of the feed in {@code bytes}, decoded in the charset its Content-Type header names,
   * else the encoding its XML declaration names, else UTF-8.
   *
   * @throws IllegalArgumentException when the bytes are not a well-formed feed
   */
  public static List<RawDocument> read(String source, byte[] bytes, @Nullable String contentType) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(PageCharset.decodeFeed(bytes, contentType)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a well-formed RSS or Atom feed: " + e.getMessage(), e);
    }
    String outlet = blankToNull(feed.getTitle());
    List<RawDocument> documents = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String content = content(entry);
      if (content == null) {
        continue;
      }
      String title = blankToNull(entry.getTitle());
      documents.add(
          new RawDocument(
              source + "#" + n,
              SourceFormat.HTML,
              content,
              blankToNull(entry.getLink()),
              title,
              outlet,
              date(
                  entry.getPublishedDate() != null
                      ? entry.getPublishedDate()
                      : entry.getUpdatedDate()),
              blankToNull(entry.getAuthor()),
              null));
    }
    return documents;
  }

  private static @Nullable String content(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue());
      }
    }
    if (html.toString().isBlank() && entry.getDescription() != null) {
      html.append(entry.getDescription().getValue());
    }
    String text = html.toString();
    return text.isBlank() ? null : text;
  }

  private static @Nullable LocalDate date(@Nullable Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
