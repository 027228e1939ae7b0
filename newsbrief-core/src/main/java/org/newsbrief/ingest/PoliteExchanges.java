package org.newsbrief.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One GET at a time with the JDK HTTP client, politely: the host's turn awaited ({@link
 * HostPacer}), a clear User-Agent, connect and whole-exchange timeouts, no redirects followed (the
 * fetcher checks each hop), the body streamed and cut off past its cap ({@link AcceptedBodies}),
 * and the wait given up as soon as the run is cancelled.
 */
final class PoliteExchanges {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9";

  private final IngestOptions options;
  private final HostPacer pacer;
  private final HttpClient client;
  private final BooleanSupplier cancelled;

  PoliteExchanges(IngestOptions options, HostPacer pacer, BooleanSupplier cancelled) {
    this.options = options;
    this.pacer = pacer;
    this.cancelled = cancelled;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * The answer to a GET of {@code uri}, its body cut at {@code cap} bytes, as a conditional GET
   * when {@code validators} hold any; {@code robotsTxt} asks for plain text.
   */
  HttpResponse<byte[]> get(URI uri, long cap, boolean robotsTxt, CacheValidators validators)
      throws FetchFailure {
    long deadline =
        System.nanoTime() + options.connectTimeout().plus(options.requestTimeout()).toNanos();
    CompletableFuture<HttpResponse<byte[]>> future = null;
    try {
      pacer.awaitTurn(uri.getHost());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(options.requestTimeout())
              .header("User-Agent", IngestOptions.USER_AGENT)
              .header("Accept", robotsTxt ? "text/plain" : ACCEPT)
              .GET();
      validators.addTo(request);
      future =
          client.sendAsync(
              request.build(), info -> AcceptedBodies.subscriber(info, cap, robotsTxt));
      return await(future, deadline);
    } catch (TimeoutException e) {
      if (future != null) {
        future.cancel(true);
      }
      throw new FetchFailure(
          "no complete answer from "
              + RobotsCache.origin(uri)
              + " within "
              + FetchFailure.seconds(options.connectTimeout().plus(options.requestTimeout())));
    } catch (ExecutionException e) {
      throw FetchFailure.of(e.getCause(), uri, options.connectTimeout());
    } catch (InterruptedException e) {
      if (future != null) {
        future.cancel(true);
      }
      Thread.currentThread().interrupt();
      throw new FetchFailure("interrupted while fetching");
    } catch (IllegalArgumentException e) {
      throw new FetchFailure("cannot request " + uri + ": " + e.getMessage());
    }
  }

  /** Waits for the answer until the deadline, giving up early once the run is cancelled. */
  private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> future, long deadline)
      throws InterruptedException, ExecutionException, TimeoutException, FetchFailure {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException();
      }
      try {
        return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (cancelled.getAsBoolean()) {
          future.cancel(true);
          throw new FetchFailure("stopped before an answer came");
        }
      }
    }
  }
}
