package org.newsbrief.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for ingesting files and fetching URLs.
 *
 * @param maxBytes the largest file, fetched body or archive record read, in bytes
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long one HTTP exchange (headers and body) may take
 * @param maxRedirects how many redirects one URL may follow
 * @param hostDelay the least time between two requests to the same host
 */
public record IngestOptions(
    long maxBytes,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRedirects,
    Duration hostDelay) {
  /** Default cap on the size of one input file, body or record. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** The User-Agent header sent with every request. */
  public static final String USER_AGENT = "newsbrief/0.1 (+https://github.com/newsbrief)";

  /** The product token matched against robots.txt User-agent lines. */
  public static final String ROBOTS_AGENT = "newsbrief";

  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    positive(connectTimeout, "connectTimeout");
    positive(requestTimeout, "requestTimeout");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    Objects.requireNonNull(hostDelay, "hostDelay");
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
    }
  }

  /** 20 MiB, 10 s to connect, 30 s an exchange, 5 redirects, 1 s between requests to a host. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        DEFAULT_MAX_BYTES,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        Duration.ofSeconds(1));
  }

  /** These options with another size cap. */
  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(bytes, connectTimeout, requestTimeout, maxRedirects, hostDelay);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
