package org.newsbrief.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 for fetch tests: routes, and a log of every request it answered. */
final class LocalSite implements AutoCloseable {
  /** Answers one request. */
  @FunctionalInterface
  interface Route {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(path);
          userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
          Route route = routes.get(path);
          try {
            if (route == null) {
              send(exchange, 404, "text/plain", "not found".getBytes());
            } else {
              route.answer(exchange);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // the client went away (timeout or cap): nothing to do
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  LocalSite route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  LocalSite page(String path, String contentType, byte[] body) {
    return route(path, e -> send(e, 200, contentType, body));
  }

  LocalSite redirect(String path, int status, String location) {
    return route(
        path,
        e -> {
          e.getResponseHeaders().add("Location", location);
          e.sendResponseHeaders(status, -1);
        });
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A port on 127.0.0.1 where nothing listens. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
