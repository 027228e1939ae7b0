package org.newsbrief.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from one document: its metadata, even when no article text is left, and its main
 * text. {@link NewsCleaner#extract} makes it; {@code newsbrief extract} prints it.
 *
 * @param source where the document came from
 * @param title the headline, when the page gives one
 * @param byline the authors' names, in page order, each a person (never an outlet or a label)
 * @param outlet the publishing outlet
 * @param published the publication day, in the page's own time zone, never after the day read
 * @param modified the last-modified day the page declares, when it differs from publication
 * @param url the canonical http(s) URL the page declares, else the URL it was read from
 * @param language the BCP-47 primary language subtag, declared or detected from the text
 * @param paragraphs the main text, one entry per paragraph; empty when nothing is left
 * @param blocks the kind of each paragraph that is not plain text, by its text: "h2" to "h6" for
 *     headings, "li" for list items
 * @param article the cleaned article, or null when no text was left
 */
public record PageExtraction(
    String source,
    @Nullable String title,
    List<String> byline,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable LocalDate modified,
    @Nullable String url,
    @Nullable String language,
    List<String> paragraphs,
    Map<String, String> blocks,
    org.newsbrief.model.@Nullable Article article) {
  public PageExtraction {
    Objects.requireNonNull(source, "source");
    byline = List.copyOf(byline);
    paragraphs = List.copyOf(paragraphs);
    blocks = Map.copyOf(blocks);
  }

  /** The paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
