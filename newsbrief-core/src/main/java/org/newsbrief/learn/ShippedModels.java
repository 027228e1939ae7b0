package org.newsbrief.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
