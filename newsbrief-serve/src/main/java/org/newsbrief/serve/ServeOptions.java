package org.newsbrief.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to serve.
 *
 * @param host the address to bind; anything but loopback requires {@code token}
 * @param port the port, or 0 for any free one
 * @param token the access token every request must carry, or {@code null} on loopback
 * @param requestsPerSecond the sustained request rate allowed per client (bursts of twice that), or
 *     0 for no limit
 */
public record ServeOptions(String host, int port, @Nullable String token, int requestsPerSecond) {
  /** The default sustained rate per client. */
  public static final int DEFAULT_RATE = 50;

  /** Tokens shorter than this are refused: they can be guessed. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServeOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("rate must not be negative: " + requestsPerSecond);
    }
    if (token != null
        && (token.length() < MIN_TOKEN_LENGTH || !token.matches("[A-Za-z0-9._~-]+"))) {
      throw new IllegalArgumentException(
          "the access token must be at least "
              + MIN_TOKEN_LENGTH
              + " characters of A-Z a-z 0-9 . _ ~ -");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "serving on "
              + host
              + " (not loopback) needs an access token (--token or"
              + " NEWSBRIEF_TOKEN)");
    }
  }

  /** Loopback on {@code port}, no token, the default rate limit. */
  public static ServeOptions loopback(int port) {
    return new ServeOptions("127.0.0.1", port, null, DEFAULT_RATE);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host: " + host, e);
    }
  }
}
