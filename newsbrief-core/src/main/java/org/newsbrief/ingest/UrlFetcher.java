package org.newsbrief.ingest;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web pages and feeds with the JDK HTTP client, politely and within limits: a clear
 * User-Agent, robots.txt read once per host and obeyed, a least delay between requests to a host
 * (longer when robots.txt asks for it with Crawl-delay, up to 30 s), connect and whole-exchange
 * timeouts, redirects followed by hand up to a limit (each hop checked against its host's
 * robots.txt), bodies streamed and cut off past the size cap, and only HTML, XHTML and RSS/Atom
 * content accepted. Nothing fetched is executed. A request may carry cache validators (a
 * conditional GET), and a 304 answer is returned as "not modified". robots.txt is kept for a day
 * (RFC 9309); an origin whose robots.txt could not be read is skipped until {@link
 * #forgetFailures()}. A wait or exchange ends early, as a failure, once {@code cancelled} says so.
 * Not thread-safe: one fetcher serves one ingest run or one follower.
 */
final class UrlFetcher {
  private static final long ROBOTS_CAP = 512 * 1024;

  /**
   * A fetched page or feed.
   *
   * @param uri where it was finally found, after redirects
   * @param kind {@link InputKind#HTML} or {@link InputKind#FEED}
   * @param body the raw body
   * @param contentType the Content-Type header, when sent
   * @param validators the ETag and Last-Modified the server sent, for the next conditional GET
   * @param notModified whether the server answered 304 to a conditional GET (the body is empty)
   */
  record Page(
      URI uri,
      InputKind kind,
      byte[] body,
      @Nullable String contentType,
      CacheValidators validators,
      boolean notModified) {}

  private final IngestOptions options;
  private final PoliteExchanges exchanges;
  private final RobotsCache robots;

  UrlFetcher(IngestOptions options, HostPacer pacer) {
    this(options, pacer, java.time.Clock.systemUTC(), () -> false);
  }

  UrlFetcher(
      IngestOptions options, HostPacer pacer, java.time.Clock clock, BooleanSupplier cancelled) {
    this.options = options;
    this.exchanges = new PoliteExchanges(options, pacer, cancelled);
    this.robots = new RobotsCache(pacer, clock);
  }

  /** Fetches {@code start}, following redirects. */
  Page fetch(URI start) throws FetchFailure {
    return fetch(start, CacheValidators.NONE);
  }

  /** Origins whose robots.txt could not be read are tried again (a new poll). */
  void forgetFailures() {
    robots.forgetFailures();
  }

  /**
   * Fetches {@code start}, following redirects, as a conditional GET when {@code validators} hold
   * any: a 304 answer gives a page that is {@link Page#notModified()}.
   */
  Page fetch(URI start, CacheValidators validators) throws FetchFailure {
    URI uri = checked(start);
    for (int hop = 0; ; hop++) {
      if (!robots.rulesFor(uri, this::loadRobots).allows(pathAndQuery(uri))) {
        throw new FetchFailure(
            "robots.txt of "
                + RobotsCache.origin(uri)
                + " disallows "
                + pathAndQuery(uri)
                + " for newsbrief");
      }
      HttpResponse<byte[]> response =
          exchanges.get(uri, MemoryBound.cap(options.maxBytes()), false, validators);
      int status = response.statusCode();
      if (status == 304 && !validators.isEmpty()) {
        return new Page(uri, InputKind.FEED, new byte[0], null, validators, true);
      }
      if (isRedirect(status)) {
        if (hop >= options.maxRedirects()) {
          throw new FetchFailure("more than " + options.maxRedirects() + " redirects");
        }
        uri = location(uri, response.headers());
        continue;
      }
      if (status != 200) {
        throw new FetchFailure("HTTP status " + status + " from " + uri);
      }
      String type = response.headers().firstValue("Content-Type").orElse(null);
      InputKind kind = AcceptedBodies.kindOf(type);
      if (kind == null) {
        throw new FetchFailure("content type " + type + " is not HTML, XHTML or an RSS/Atom feed");
      }
      return new Page(
          uri, kind, response.body(), type, CacheValidators.of(response.headers()), false);
    }
  }

  /** RFC 9309: 4xx means no rules, 5xx means everything is disallowed. */
  private RobotsRules loadRobots(URI robotsTxt) throws FetchFailure {
    URI uri = robotsTxt;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      HttpResponse<byte[]> response = exchanges.get(uri, ROBOTS_CAP, true, CacheValidators.NONE);
      int status = response.statusCode();
      if (isRedirect(status)) {
        uri = location(uri, response.headers());
      } else if (status >= 200 && status < 300) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return RobotsRules.parse(text, IngestOptions.ROBOTS_AGENT);
      } else if (status >= 400 && status < 500) {
        return RobotsRules.ALLOW_ALL;
      } else {
        return RobotsRules.DISALLOW_ALL;
      }
    }
    return RobotsRules.ALLOW_ALL;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI location(URI from, HttpHeaders headers) throws FetchFailure {
    String location =
        headers
            .firstValue("Location")
            .orElseThrow(() -> new FetchFailure("redirect from " + from + " has no Location"));
    try {
      return checked(from.resolve(location.strip()));
    } catch (IllegalArgumentException e) {
      throw new FetchFailure("redirect to a malformed location: " + location);
    }
  }

  /** Only absolute http and https URLs with a host are fetched. */
  static URI checked(URI uri) throws FetchFailure {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new FetchFailure("not an http or https URL: " + uri);
    }
    return uri;
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
