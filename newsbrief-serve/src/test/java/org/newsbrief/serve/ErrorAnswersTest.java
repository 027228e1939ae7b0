package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.store.ArticleStore;

/**
 * Every error answer, the container's own included, is the JSON error shape with the security
 * headers, and no exception text reaches the client.
 */
class ErrorAnswersTest {
  @TempDir static Path folder;
  private static ArticleStore store;
  private static NewsServer server;

  @BeforeAll
  static void start() throws IOException {
    store = ArticleStore.open(folder);
    server = NewsServer.start(store, new ServeOptions("127.0.0.1", 0, null, 0));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    store.close();
  }

  @Test
  void containerErrorsAreJsonWithTheSecurityHeaders() throws IOException {
    assertJsonError(send("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n"), 414);
    assertJsonError(
        send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n"), 431);
    assertJsonError(send("GET / HTTP/7.0\r\nHost: x\r\n"), 505);
    assertJsonError(send("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n"), 400);
    assertJsonError(send("GET /%ZZ HTTP/1.1\r\nHost: x\r\n"), 400);
  }

  @Test
  void apiErrorsNameTheParameterAndNotTheException() throws IOException {
    Raw limit = send("GET /api/search?limit=abc HTTP/1.1\r\nHost: x\r\n");
    assertJsonError(limit, 400);
    assertThat(limit.body())
        .contains("limit must be a whole number")
        .doesNotContain("input string");
    Raw date = send("GET /api/search?from=2020-02-31 HTTP/1.1\r\nHost: x\r\n");
    assertJsonError(date, 400);
    assertThat(date.body()).contains("from must be a real date").doesNotContain("Invalid date");
  }

  private static void assertJsonError(Raw r, int status) throws IOException {
    assertThat(r.status()).as(r.head()).isEqualTo(status);
    String head = r.head().toLowerCase(Locale.ROOT);
    assertThat(head).containsPattern("content-type: application/json; ?charset=utf-8");
    assertThat(head).contains("content-security-policy: default-src 'self'");
    assertThat(head).contains("x-content-type-options: nosniff");
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("error").asText()).isNotBlank().doesNotContain("Exception");
  }

  private record Raw(int status, String head, String body) {}

  private static Raw send(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write((request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String body = response.substring(split + 4);
      if (response.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
      }
      return new Raw(
          Integer.parseInt(response.substring(9, 12)), response.substring(0, split), body);
    }
  }
}
