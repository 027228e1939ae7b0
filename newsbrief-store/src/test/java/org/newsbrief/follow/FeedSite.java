package org.newsbrief.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 for follow tests: a feed with an ETag (answered 304 when the client
 * sends it back), article pages, robots.txt, and a log of every request with its conditional
 * headers.
 */
final class FeedSite implements AutoCloseable {
  /** One request as the site saw it. */
  record Request(String path, String ifNoneMatch) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(FeedSite::daemon);
  private final Map<String, String[]> bodies = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FeedSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "feed-site");
    t.setDaemon(true);
    return t;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
      requests.add(new Request(path, inm == null ? "" : inm));
      Integer status = statuses.get(path);
      String[] body = bodies.get(path);
      if (status != null) {
        exchange.sendResponseHeaders(status, -1);
      } else if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        String etag = "\"" + Integer.toHexString(body[1].hashCode()) + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(inm)) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        byte[] bytes = body[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body[0]);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  FeedSite serve(String path, String contentType, String body) {
    statuses.remove(path);
    bodies.put(path, new String[] {contentType, body});
    return this;
  }

  FeedSite status(String path, int status) {
    statuses.put(path, status);
    return this;
  }

  FeedSite rss(String path, String items) {
    return serve(
        path,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loop News</title>"
            + "<link>"
            + url("/")
            + "</link><description>d</description>"
            + items
            + "</channel></rss>");
  }

  FeedSite page(String path, String title, String text) {
    return serve(
        path,
        "text/html; charset=utf-8",
        "<html><head><title>"
            + title
            + "</title></head><body><article><h1>"
            + title
            + "</h1>"
            + text
            + "</article></body></html>");
  }

  static String item(String link, String guid, String date, String summary) {
    return "<item><title>t "
        + guid
        + "</title><link>"
        + link
        + "</link><guid isPermaLink=\"false\">"
        + guid
        + "</guid><pubDate>"
        + date
        + "</pubDate><description>"
        + summary
        + "</description></item>";
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
