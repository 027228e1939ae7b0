package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a model or table file an option names, so that a bad one fails naming the file. */
final class ModelFiles {
  private ModelFiles() {}

  /** How a model is read from its text. */
  interface Reading<T> {
    T read(Reader in) throws IOException;
  }

  /**
   * The model in {@code file}; a missing file fails as it is, an unreadable one with "FILE: " then
   * {@code what} then the reader's message.
   */
  static <T> T read(Path file, String what, Reading<T> reading) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reading.read(r);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": " + what + e.getMessage(), e);
    }
  }
}
