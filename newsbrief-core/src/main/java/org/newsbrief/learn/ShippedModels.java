package org.newsbrief.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reads a model that ships as a UTF-8 text resource beside the class that uses it. */
public final class ShippedModels {
  /** Reads a model from its text. */
  @FunctionalInterface
  public interface TextReader<T> {
    T read(Reader text) throws IOException;
  }

  private ShippedModels() {}

  /**
   * The model in resource {@code name} beside {@code owner}, read by {@code reader}; a missing or
   * unreadable resource is a broken build, so it throws.
   */
  public static <T> T load(Class<?> owner, String name, TextReader<T> reader) {
    T model = loadIfShipped(owner, name, reader);
    if (model == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return model;
  }

  /**
   * The model in resource {@code name} beside {@code owner}, read by {@code reader}, or {@code
   * absent} when the build ships none (a model that falls back to a rule or to nothing).
   */
  public static <T> T loadOr(Class<?> owner, String name, TextReader<T> reader, T absent) {
    T model = loadIfShipped(owner, name, reader);
    return model == null ? absent : model;
  }

  /**
   * The model in resource {@code name} beside {@code owner}, read by {@code reader}, or null when
   * the build ships none (the caller then uses its rules); an unreadable resource throws.
   */
  public static <T> @Nullable T loadIfShipped(Class<?> owner, String name, TextReader<T> reader) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
