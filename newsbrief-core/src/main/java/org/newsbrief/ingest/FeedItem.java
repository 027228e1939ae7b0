package org.newsbrief.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * One entry of a feed as a follower sees it: what identifies it, when it was dated, and its full
 * text when the feed carries one inline ({@code content:encoded}, Atom {@code content}). An entry
 * with only a summary ({@code description}, Atom {@code summary}) has no full text: its article is
 * its linked page, and the summary is never taken for the article.
 *
 * @param guid the entry's own id ({@code guid}, Atom {@code id}), when given
 * @param link the link to its page, when given
 * @param title its title, when given
 * @param published when it was first published, when given
 * @param updated when it was last updated, when given
 * @param author its author, when given
 * @param content its full text (HTML) when the feed carries it inline, else {@code null}
 */
public record FeedItem(
    @Nullable String guid,
    @Nullable String link,
    @Nullable String title,
    @Nullable Instant published,
    @Nullable Instant updated,
    @Nullable String author,
    @Nullable String content) {

  /**
   * What names this entry across polls: its link, else its id, else its title. A change of id or
   * date under the same name is a new version of the same entry.
   */
  public @Nullable String key() {
    if (link != null) {
      return link;
    }
    return guid != null ? guid : title;
  }

  /** The latest date the entry gives (updated, else published), or {@code null}. */
  public @Nullable Instant date() {
    return updated != null ? updated : published;
  }

  /** The inline full text as a document, or {@code null} when the entry has none. */
  public @Nullable RawDocument inline(String source, @Nullable String outlet) {
    String text = content;
    return text == null ? null : document(source, text, link, outlet);
  }

  /**
   * A document of {@code html} (this entry's page) with the entry's title and author, and its date
   * as a feed-entry date (the page's own date, if it gives one, is its publication date).
   */
  public RawDocument document(
      String source, String html, @Nullable String url, @Nullable String outlet) {
    Instant day = published != null ? published : updated;
    ContainerDate date =
        day == null
            ? null
            : new ContainerDate(
                day.atZone(ZoneOffset.UTC).toLocalDate(), ContainerDate.Kind.FEED_ENTRY);
    return new RawDocument(source, SourceFormat.HTML, html, url, title, outlet, null, author, null)
        .withContainerDate(date);
  }
}
