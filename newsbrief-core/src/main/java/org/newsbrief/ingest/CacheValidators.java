package org.newsbrief.ingest;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a server said identifies the version of a resource it sent, kept to ask "has it changed?"
 * next time (a conditional GET, RFC 9110): the {@code ETag} goes back as {@code If-None-Match}, the
 * {@code Last-Modified} date as {@code If-Modified-Since}, and an unchanged resource costs a 304
 * with no body.
 *
 * @param etag the ETag header as sent, or {@code null}
 * @param lastModified the Last-Modified header as sent, or {@code null}
 */
public record CacheValidators(@Nullable String etag, @Nullable String lastModified) {
  /** No validators: an unconditional GET. */
  public static final CacheValidators NONE = new CacheValidators(null, null);

  public CacheValidators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
  }

  /** Whether there is nothing to send. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  static CacheValidators of(HttpHeaders headers) {
    return new CacheValidators(
        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
  }

  void addTo(HttpRequest.Builder request) {
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() || s.length() > 1024 ? null : s.strip();
  }
}
