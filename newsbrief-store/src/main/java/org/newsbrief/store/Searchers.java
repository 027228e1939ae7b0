package org.newsbrief.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * The store's searchers: each read acquires one and releases it when done. A writing store's
 * searchers follow its commits; a read-only store looks for another process' commits at most once a
 * second.
 */
final class Searchers implements Closeable {
  private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;

  /** A read of the catalog through one searcher. */
  interface Read<T> {
    T apply(Catalog.Searcher searcher) throws IOException;
  }

  private final SearcherManager manager;
  private final boolean readOnly;
  private volatile long lastRefresh = System.nanoTime();

  private Searchers(SearcherManager manager, boolean readOnly) {
    this.manager = manager;
    this.readOnly = readOnly;
  }

  /**
   * Searchers over {@code writer}'s commits, or over {@code directory} when {@code writer} is null;
   * if they cannot be opened, the writer and the directory are closed and the store in {@code
   * folder} is reported damaged.
   */
  static Searchers open(Path folder, Directory directory, @Nullable IndexWriter writer)
      throws IOException {
    try {
      return writer == null
          ? new Searchers(new SearcherManager(directory, new Catalog.Factory()), true)
          : new Searchers(new SearcherManager(writer, new Catalog.Factory()), false);
    } catch (IOException | RuntimeException e) {
      try (directory) {
        if (writer != null) {
          writer.close();
        }
      }
      throw new DamagedStoreException(folder, e);
    }
  }

  /** {@code read} through one searcher, released afterwards whatever happens. */
  <T> T read(Read<T> read) throws IOException {
    if (readOnly && System.nanoTime() - lastRefresh > READ_ONLY_REFRESH_NANOS) {
      lastRefresh = System.nanoTime();
      manager.maybeRefresh();
    }
    Catalog.Searcher searcher = (Catalog.Searcher) manager.acquire();
    try {
      return read.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Makes the writer's last commit visible to the reads that follow. */
  void refreshAfterCommit() throws IOException {
    manager.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
