package org.newsbrief.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The robots.txt rules of each origin a fetcher visits, each read once and trusted for a day (RFC
 * 9309); an origin whose robots.txt could not be read fails at once until {@link
 * #forgetFailures()}. A Crawl-delay slows the host's pacer. Not thread-safe, like its fetcher.
 */
final class RobotsCache {
  /** How long a robots.txt is trusted (RFC 9309 asks for no more than 24 hours). */
  static final Duration ROBOTS_KEPT = Duration.ofHours(24);

  /** Reads the rules of one robots.txt URL. */
  interface Loader {
    RobotsRules load(URI robotsTxt) throws FetchFailure;
  }

  private record Robots(RobotsRules rules, Instant read) {}

  private final HostPacer pacer;
  private final Clock clock;
  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, FetchFailure> unreachable = new HashMap<>();

  RobotsCache(HostPacer pacer, Clock clock) {
    this.pacer = pacer;
    this.clock = clock;
  }

  /** The rules for {@code uri}'s origin, read with {@code loader} when not known or too old. */
  RobotsRules rulesFor(URI uri, Loader loader) throws FetchFailure {
    String origin = origin(uri);
    FetchFailure failed = unreachable.get(origin);
    if (failed != null) {
      throw new FetchFailure(String.valueOf(failed.getMessage()));
    }
    Robots cached = robots.get(origin);
    if (cached != null && cached.read().plus(ROBOTS_KEPT).isAfter(clock.instant())) {
      return cached.rules();
    }
    try {
      RobotsRules rules = loader.load(URI.create(origin + "/robots.txt"));
      robots.put(origin, new Robots(rules, clock.instant()));
      Duration crawlDelay = rules.crawlDelay();
      if (crawlDelay != null && uri.getHost() != null) {
        pacer.slowDown(uri.getHost(), crawlDelay);
      }
      return rules;
    } catch (FetchFailure e) {
      unreachable.put(origin, e);
      throw e;
    }
  }

  /** Origins whose robots.txt could not be read are tried again. */
  void forgetFailures() {
    unreachable.clear();
  }

  /** "scheme://host[:port]" of {@code uri}. */
  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
  }
}
