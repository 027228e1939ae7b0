package org.newsbrief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The web UI's files, read once from the classpath. Only the names listed here are served, so no
 * request path can reach any other file.
 */
final class WebAssets {
  record Asset(byte[] bytes, String contentType) {}

  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "views.js", "text/javascript; charset=utf-8",
          "style.css", "text/css; charset=utf-8",
          "openapi.json", "application/json; charset=utf-8");

  private final Map<String, Asset> assets;

  WebAssets() {
    java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
    TYPES.forEach((name, type) -> loaded.put(name, new Asset(read(name), type)));
    this.assets = Map.copyOf(loaded);
  }

  /** The asset called {@code name}, if it is one of the listed files. */
  Optional<Asset> named(@Nullable String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(assets.get(name));
  }

  Asset page() {
    return java.util.Objects.requireNonNull(assets.get("index.html"), "index.html");
  }

  private static byte[] read(String name) {
    try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web asset " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
