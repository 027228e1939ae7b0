package org.newsbrief.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that could not be used, named so that a person can find it.
 *
 * @param input the path, URL or record that failed
 * @param message what went wrong, in plain words
 */
public record Problem(String input, String message) implements Serializable {
  public Problem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return input + ": " + message;
  }
}
