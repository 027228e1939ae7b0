package org.newsbrief.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Reads the entries of an RSS or Atom feed (decoded by {@link FeedCharset}, parsed safely by {@link
 * FeedXml}, then read by Rome) into documents holding each entry's inline content, or its
 * description when that is all it has. Entries' links are kept as URLs; they are not fetched here.
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
   * The entries of the feed in {@code bytes}, decoded as XML is ({@link FeedCharset}: byte order
   * mark, then the Content-Type charset, then the XML declaration, else UTF-8).
   *
   * @throws IllegalArgumentException when the bytes are not a well-formed feed
   */
  public static List<RawDocument> read(String source, byte[] bytes, @Nullable String contentType) {
    SyndFeed feed = parse(bytes, contentType);
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
              null,
              blankToNull(entry.getAuthor()),
              null,
              entryDate(
                  entry.getPublishedDate() != null
                      ? entry.getPublishedDate()
                      : entry.getUpdatedDate())));
    }
    return documents;
  }

  /**
   * The feed in {@code bytes}, decoded and parsed safely.
   *
   * @throws IllegalArgumentException when the bytes are not a well-formed feed
   */
  static SyndFeed parse(byte[] bytes, @Nullable String contentType) {
    org.jdom2.Document xml = FeedXml.parse(FeedCharset.decode(bytes, contentType));
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return input.build(xml);
    } catch (FeedException | RuntimeException e) {
      throw new IllegalArgumentException(
          "well-formed XML, but not an RSS or Atom feed newsbrief's feed parser can read (Rome"
              + " failed on its <"
              + xml.getRootElement().getQualifiedName()
              + "> structure or content)",
          e);
    }
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

  /** The entry's date as a feed-entry date: not the publication date its page may state. */
  private static @Nullable ContainerDate entryDate(@Nullable Date date) {
    return date == null
        ? null
        : new ContainerDate(
            date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), ContainerDate.Kind.FEED_ENTRY);
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
