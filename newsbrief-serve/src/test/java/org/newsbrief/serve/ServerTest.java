package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.store.ArticleStore;

/** The HTTP surface without a browser: headers, errors, limits and the access token. */
class ServerTest {
  private static final String TOKEN = "abcdefghijklmnop0123";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static ArticleStore store;
  private static NewsServer open;
  private static NewsServer guarded;

  @BeforeAll
  static void start() throws IOException {
    store = ArticleStore.open(folder);
    store.add(Hostile.articles());
    open = NewsServer.start(store, new ServeOptions("127.0.0.1", 0, null, 0));
    guarded = NewsServer.start(store, new ServeOptions("0.0.0.0", 0, TOKEN, 5));
  }

  @AfterAll
  static void stop() throws IOException {
    open.close();
    guarded.close();
    store.close();
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"", "api/stories", "assets/app.js", "nope"}) {
      HttpResponse<String> r = get(open, path, null);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void servesTheApiAndItsDescription() throws Exception {
    assertThat(get(open, "api/stories", null).body()).contains("\"stories\"");
    HttpResponse<String> openapi = get(open, "api/openapi.json", null);
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(ApiJson.MAPPER.readTree(openapi.body()).get("paths").has("/api/search")).isTrue();
    assertThat(get(open, "api/articles/missing", null).statusCode()).isEqualTo(404);
    assertThat(get(open, "api/search?from=2020-02-31", null).statusCode()).isEqualTo(400);
    assertThat(get(open, "api/search?limit=100000", null).statusCode()).isEqualTo(400);
    assertThat(get(open, "api/search?q=" + "x".repeat(600), null).statusCode()).isEqualTo(400);
  }

  @Test
  void staticRoutesServeOnlyTheirOwnFiles() throws Exception {
    assertThat(get(open, "assets/style.css", null).statusCode()).isEqualTo(200);
    for (String path :
        new String[] {
          "assets/..%2F..%2Fpom.xml",
          "assets/%2e%2e%2fserve%2fWebAssets.class",
          "assets/index.html%00.css",
          "assets/../../../../etc/passwd",
          "assets/NewsServer.class"
        }) {
      HttpResponse<String> r = raw(open, "GET /" + path + " HTTP/1.1");
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void refusesOversizedRequestsAndWrites() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(open.uri().resolve("api/stories"))
            .POST(HttpRequest.BodyPublishers.ofString("x".repeat(64 * 1024)))
            .build();
    try {
      assertThat(HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(405, 413);
    } catch (java.io.IOException refused) {
      // the server may refuse the body unread and close the connection while the client is still
      // uploading; the client then sees the close, not the refusal: a refusal all the same
      assertThat(refused).hasMessageContaining("received no bytes");
    }
    HttpResponse<String> longUrl = get(open, "api/search?q=" + "y".repeat(20_000), null);
    assertThat(longUrl.statusCode()).isIn(400, 414, 431);
  }

  @Test
  void aNonLoopbackServerNeedsItsTokenOnEveryRequest() throws Exception {
    assertThat(get(guarded, "api/stories", null).statusCode()).isEqualTo(401);
    assertThat(get(guarded, "", null).statusCode()).isEqualTo(401);
    assertThat(get(guarded, "api/stories", "Bearer wrong-token-0000000").statusCode())
        .isEqualTo(401);
    assertThat(get(guarded, "api/stories", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    HttpResponse<String> once = get(guarded, "?token=" + TOKEN, null);
    assertThat(once.statusCode()).isEqualTo(200);
    assertThat(once.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
  }

  @Test
  void rateLimitsEachClient() throws Exception {
    int limited = 0;
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> r = get(guarded, "api/openapi.json", "Bearer " + TOKEN);
      if (r.statusCode() == 429) {
        limited++;
        assertThat(r.headers().firstValue("Retry-After")).contains("1");
      }
    }
    assertThat(limited).isPositive();
  }

  @Test
  void refusesToServeBeyondLoopbackWithoutAToken() {
    assertThatThrownBy(() -> new ServeOptions("0.0.0.0", 0, null, 5))
        .hasMessageContaining("needs an access token");
    assertThatThrownBy(() -> new ServeOptions("0.0.0.0", 0, "short", 5))
        .hasMessageContaining("at least 16");
    assertThat(new ServeOptions("::1", 0, null, 5).token()).isNull();
  }

  private static HttpResponse<String> get(NewsServer server, String path, String authorization)
      throws IOException, InterruptedException {
    URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request line exactly as written, with no client-side path normalisation. */
  private static HttpResponse<String> raw(NewsServer server, String requestLine)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(response.substring(9, 12));
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      return new RawResponse(status, body);
    }
  }

  private record RawResponse(int statusCode, String body) implements HttpResponse<String> {
    @Override
    public HttpRequest request() {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    @Override
    public URI uri() {
      return URI.create("http://127.0.0.1/");
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
