package org.newsbrief.ingest;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which response bodies are worth reading: only those of a 200 answer whose Content-Type is HTML,
 * XHTML or an RSS/Atom feed (any type for robots.txt), and only up to the size cap. Other bodies
 * are discarded unread.
 */
final class AcceptedBodies {
  private AcceptedBodies() {}

  /** The kind of page a Content-Type announces; a missing type is taken as HTML. */
  static @Nullable InputKind kindOf(@Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return InputKind.HTML;
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> InputKind.HTML;
      case "application/rss+xml",
          "application/x-rss+xml",
          "application/atom+xml",
          "application/rdf+xml",
          "application/xml",
          "text/xml" ->
          InputKind.FEED;
      default -> null;
    };
  }

  /** Reads the body only of a 200 answer of an acceptable type, and only up to the cap. */
  static HttpResponse.BodySubscriber<byte[]> subscriber(
      HttpResponse.ResponseInfo info, long cap, boolean robotsTxt) {
    if (info.statusCode() != 200
        || (!robotsTxt && kindOf(info.headers().firstValue("Content-Type").orElse(null)) == null)) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return declared > cap && !robotsTxt ? CappedBody.refused(cap) : new CappedBody(cap, robotsTxt);
  }
}
