package org.newsbrief.ingest;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/** A URL that could not be fetched (or was not, by politeness), with a message for a person. */
public final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  FetchFailure(String message) {
    super(message);
  }

  /** Names what went wrong in a failed exchange with {@code uri}, from its cause chain. */
  static FetchFailure of(@Nullable Throwable error, URI uri, Duration connectTimeout) {
    String where = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CappedBody.TooLarge) {
        return new FetchFailure(String.valueOf(t.getMessage()));
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchFailure(
            "cannot connect to " + where + " within " + seconds(connectTimeout));
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchFailure("no answer from " + where + " in time: " + t.getMessage());
      }
      if (t instanceof ConnectException) {
        return new FetchFailure("cannot connect to " + where + " (connection refused)");
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new FetchFailure("unknown host " + uri.getHost());
      }
      if (t instanceof SSLException) {
        return new FetchFailure("TLS error with " + where + ": " + t.getMessage());
      }
    }
    String detail = error == null ? "unknown error" : error.toString();
    return new FetchFailure("network error with " + where + ": " + detail);
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
