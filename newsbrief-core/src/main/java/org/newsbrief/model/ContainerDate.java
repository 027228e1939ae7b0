package org.newsbrief.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date the container of a document gives that is not its publication date: when a web archive
 * captured the page, or when a feed listed the entry. It is the reference date for an article whose
 * own text gives no publication date, and is shown as what it is, never as the publication date.
 *
 * @param date the day
 * @param kind what the day is
 */
public record ContainerDate(LocalDate date, Kind kind) implements Serializable {
  /** What a container date is. */
  public enum Kind {
    /** The time a web archive (WARC-Date) captured the page. */
    CAPTURED("capture date"),
    /** The date a feed gives its entry (published, else updated). */
    FEED_ENTRY("feed entry date");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How the date is shown: "capture date", "feed entry date". */
    public String label() {
      return label;
    }
  }

  public ContainerDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }
}
