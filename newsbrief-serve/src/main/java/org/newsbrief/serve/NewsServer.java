package org.newsbrief.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import org.newsbrief.store.ArticleStore;
import org.newsbrief.store.DamagedStoreException;

/**
 * The web UI and JSON API over a store.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.openReadOnly(folder);
 *     NewsServer server = NewsServer.start(store, ServeOptions.loopback(8080))) {
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Pages: {@code /} (stories), {@code /story/ID}, {@code /article/ID#s-N}, {@code /search}. API
 * under {@code /api}, described by {@code /api/openapi.json}.
 */
public final class NewsServer implements AutoCloseable {
  /** The largest request body accepted, in bytes; the API only reads. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;

  private final Javalin app;
  private final String host;

  private NewsServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts serving {@code store}; the store stays open until the caller closes it. */
  public static NewsServer start(ArticleStore store, ServeOptions options) {
    Api api = new Api(store);
    WebAssets assets = new WebAssets();
    AccessGuard guard =
        new AccessGuard(
            options.token(), new RateLimiter(options.requestsPerSecond(), System::nanoTime));
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.http.prefer405over404 = true;
              config.routes.before(guard::check);
              config.routes.get("/", ctx -> page(ctx, assets));
              config.routes.get("/story/{id}", ctx -> page(ctx, assets));
              config.routes.get("/article/{id}", ctx -> page(ctx, assets));
              config.routes.get("/search", ctx -> page(ctx, assets));
              config.routes.get("/assets/{name}", ctx -> asset(ctx, assets));
              config.routes.get("/api/openapi.json", ctx -> asset(ctx, assets, "openapi.json"));
              config.routes.get("/api/stories", api::stories);
              config.routes.get("/api/stories/{id}", api::story);
              config.routes.get("/api/stories/{id}/briefing", api::briefing);
              config.routes.get("/api/stories/{id}/briefing.html", api::briefingHtml);
              config.routes.get("/api/articles/{id}", api::article);
              config.routes.get("/api/search", api::search);
              config.routes.exception(HttpResponseException.class, NewsServer::error);
              config.routes.exception(DamagedStoreException.class, NewsServer::damaged);
              config.routes.exception(Exception.class, NewsServer::unexpected);
              config.jetty.modifyServer(server -> server.setErrorHandler(new ContainerErrors()));
              config.jetty.modifyServletContextHandler(
                  context -> context.setErrorHandler(new ContainerErrors()));
              config.routes.error(404, ctx -> errorBody(ctx, "not found"));
              config.routes.error(405, ctx -> errorBody(ctx, "method not allowed"));
              for (int status : new int[] {400, 413, 414, 431, 500, 503, 505}) {
                config.routes.error(status, ctx -> errorUnlessAnswered(ctx, status));
              }
            });
    app.start(options.host(), options.port());
    return new NewsServer(app, options.host());
  }

  private static void page(Context ctx, WebAssets assets) {
    WebAssets.Asset page = assets.page();
    ctx.contentType(page.contentType()).result(page.bytes());
  }

  private static void asset(Context ctx, WebAssets assets) {
    asset(ctx, assets, ctx.pathParam("name"));
  }

  private static void asset(Context ctx, WebAssets assets, String name) {
    WebAssets.Asset asset =
        assets.named(name).orElseThrow(() -> new HttpResponseException(404, "not found"));
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private static void error(HttpResponseException e, Context ctx) {
    ctx.status(e.getStatus());
    errorBody(ctx, e.getMessage() == null ? "error" : e.getMessage());
  }

  /** The store broke under a request: say so, without the server's paths or the cause's text. */
  private static void damaged(DamagedStoreException e, Context ctx) {
    System.err.println("newsbrief: " + e.getMessage());
    ctx.status(503);
    errorBody(
        ctx,
        "the store is damaged (an index file cannot be read); whoever runs this server can check"
            + " it with: java -cp newsbrief.jar org.apache.lucene.index.CheckIndex STORE_FOLDER");
  }

  /** Anything else: a 500 that names no exception, its text kept for the operator only. */
  private static void unexpected(Exception e, Context ctx) {
    System.err.println("newsbrief: internal error answering " + ctx.path() + ": " + e);
    ctx.status(500);
    errorBody(ctx, "internal error");
  }

  /** The JSON error for {@code status}, unless a handler already wrote a more precise one. */
  private static void errorUnlessAnswered(Context ctx, int status) {
    if (ctx.result() == null) {
      errorBody(ctx, ContainerErrors.reason(status));
    }
  }

  private static void errorBody(Context ctx, String message) {
    AccessGuard.HEADERS.forEach(ctx::header);
    ctx.contentType(Api.JSON).result(ApiJson.write(ApiJson.error(ctx.statusCode(), message)));
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    app.stop();
  }
}
