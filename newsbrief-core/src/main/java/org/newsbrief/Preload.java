package org.newsbrief;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A model loading on a background (daemon) thread from the moment the facade is made, so that on a
 * cold start the summarizer's priors and the name tagger load while the inputs are read and
 * cleaned, instead of one after the other; also a briefing's name tagging, which runs beside its
 * summary, quotes and timeline. {@link #get} waits for it; a load that failed throws its error
 * there, where the model is first needed.
 *
 * @param <T> what is loaded
 */
final class Preload<T> {
  private final FutureTask<T> task;

  private Preload(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts loading with {@code loader} on a daemon thread named {@code name}. */
  static <T> Preload<T> start(String name, Supplier<T> loader) {
    FutureTask<T> task = new FutureTask<>(loader::get);
    Thread thread = new Thread(task, "newsbrief-preload-" + name);
    thread.setDaemon(true);
    thread.start();
    return new Preload<>(task);
  }

  /** The loaded value, waiting for it if need be. */
  T get() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a model loaded", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
