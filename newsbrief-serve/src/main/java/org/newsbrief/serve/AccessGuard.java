package org.newsbrief.serve;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs before every request: security headers, the per-client rate limit and, when a token is set,
 * the token check. The token may come as "Authorization: Bearer T", as the cookie this guard sets,
 * or once as "?token=T" (which sets the cookie, so a browser needs the token only once).
 */
final class AccessGuard {
  static final String COOKIE = "newsbrief_token";
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The security headers every answer carries, errors included. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cache-Control", "no-store");

  private final @Nullable String token;
  private final RateLimiter limiter;

  AccessGuard(@Nullable String token, RateLimiter limiter) {
    this.token = token;
    this.limiter = limiter;
  }

  void check(Context ctx) {
    HEADERS.forEach(ctx::header);
    if (!limiter.allow(ctx.ip())) {
      ctx.header("Retry-After", "1");
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "too many requests");
    }
    if (token == null) {
      return;
    }
    String query = ctx.queryParam("token");
    if (matches(query)) {
      ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      return;
    }
    String header = ctx.header("Authorization");
    String bearer = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    if (!matches(bearer) && !matches(ctx.cookie(COOKIE))) {
      throw new HttpResponseException(HttpStatus.UNAUTHORIZED.getCode(), "access token required");
    }
  }

  /** Constant-time comparison, so response timing does not leak the token. */
  private boolean matches(@Nullable String candidate) {
    return token != null
        && candidate != null
        && MessageDigest.isEqual(
            candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
