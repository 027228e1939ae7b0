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
    return read(owner, name, reader, null);
  }

  /**
   * The model in resource {@code name} beside {@code owner}, read by {@code reader}, or {@code
   * absent} when the build ships none (a model that falls back to a rule or to nothing).
   */
  public static <T> T loadOr(Class<?> owner, String name, TextReader<T> reader, T absent) {
    return read(owner, name, reader, absent);
  }

  private static <T> T read(Class<?> owner, String name, TextReader<T> reader, @Nullable T absent) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        if (absent == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return absent;
      }
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
