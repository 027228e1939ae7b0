package org.newsbrief.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The answer to the errors the HTTP container raises before a request reaches the routes (a
 * malformed request line 400, a URI too long 414, headers too large 431, an unknown HTTP version
 * 505): the same JSON error shape and security headers as every other answer, in UTF-8, and never
 * the container's HTML page or an exception's text.
 */
final class ContainerErrors extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    AccessGuard.HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, Api.JSON);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(
      int status, @Nullable String reason, HttpFields.Mutable fields) {
    AccessGuard.HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, Api.JSON);
    return ByteBuffer.wrap(body(status));
  }

  private static byte[] body(int status) {
    return ApiJson.write(ApiJson.error(status, reason(status))).getBytes(StandardCharsets.UTF_8);
  }

  /** A message for a person, chosen by status alone: nothing from the request is echoed. */
  static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 408 -> "request timed out";
      case 413 -> "request too large";
      case 414 -> "URI too long";
      case 431 -> "request headers too large";
      case 500 -> "internal error";
      case 503 -> "service unavailable";
      case 505 -> "HTTP version not supported";
      default -> status >= 500 ? "server error" : "request refused";
    };
  }
}
