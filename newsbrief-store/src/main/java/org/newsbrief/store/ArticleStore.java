package org.newsbrief.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * Articles, their analyses and stories in a folder on disk, with full-text search.
 *
 * <p>One process at a time may {@linkplain #open open} a store for writing; any number may {@link
 * #openReadOnly read} it, and readers see each new commit within a second. {@link #add} is
 * idempotent (an article already stored, by its stable id, is left as it is) and durable: when it
 * returns, its articles are committed, and a process killed at any moment leaves the store readable
 * with every acknowledged article in it. Reads are thread-safe.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("newsbrief-store"))) {
 *   store.add(documents);
 *   SearchResult found = store.search(SearchQuery.text("ceasefire"));
 * }
 * }</pre>
 */
public final class ArticleStore implements Closeable {
  private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;

  private final Path folder;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final ArticleAnalysis analysis = new ArticleAnalysis();
  private final NewsBriefings briefings = NewsBriefings.create();
  private final java.time.Clock clock;
  private @Nullable StoryAssigner assigner;
  private volatile long lastRefresh = System.nanoTime();

  private ArticleStore(
      Path folder, Directory directory, @Nullable IndexWriter writer, java.time.Clock clock)
      throws IOException {
    this.folder = folder;
    this.clock = clock;
    this.directory = directory;
    this.writer = writer;
    try {
      this.searchers =
          writer == null
              ? new SearcherManager(directory, new Catalog.Factory())
              : new SearcherManager(writer, new Catalog.Factory());
    } catch (IOException | RuntimeException e) {
      try (directory) {
        if (writer != null) {
          writer.close();
        }
      }
      throw new DamagedStoreException(folder, e);
    }
  }

  /** Opens the store in {@code folder} for reading and writing, creating it if needed. */
  public static ArticleStore open(Path folder) throws IOException {
    return open(folder, java.time.Clock.systemUTC());
  }

  /**
   * Opens the store in {@code folder} for reading and writing, creating it if needed; {@code clock}
   * dates each article as it is stored (what {@link #addedSince} reads).
   */
  public static ArticleStore open(Path folder, java.time.Clock clock) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer;
    try {
      writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(Schema.ANALYZER)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (org.apache.lucene.index.CorruptIndexException
        | org.apache.lucene.index.IndexFormatTooOldException
        | org.apache.lucene.index.IndexFormatTooNewException e) {
      directory.close();
      throw new DamagedStoreException(folder, e);
    }
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
    return new ArticleStore(folder, directory, writer, clock);
  }

  /** Opens an existing store for reading only; another process may be writing to it. */
  public static ArticleStore openReadOnly(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new java.io.FileNotFoundException("no store at " + folder);
    }
    Directory directory = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new java.io.FileNotFoundException("no store at " + folder);
    }
    return new ArticleStore(folder, directory, null, java.time.Clock.systemUTC());
  }

  /**
   * Cleans, analyses and stores the documents not stored yet, filing each under a story, then
   * commits. A failed write rolls back everything this call added and closes the store.
   */
  public synchronized AddResult add(List<RawDocument> documents) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("store opened read-only");
    }
    Catalog.Searcher searcher = acquire();
    try {
      if (assigner == null) {
        assigner = StoryAssigner.replaying(searcher.getIndexReader());
      }
      AddResult result =
          new AddBatch(analysis, searcher.catalog, assigner)
              .write(documents, writer, clock.millis());
      if (!result.added().isEmpty()) {
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
      return result;
    } catch (IOException | RuntimeException e) {
      assigner = null;
      writer.rollback();
      throw e;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Regroups the open stories as {@code newsbrief brief} would group their articles (see {@link
   * StoryRegroup}), keeping each story's id with the bulk of its articles, then commits. Returns
   * how many articles changed story. A failed write rolls back and closes the store.
   */
  public synchronized int regroup() throws IOException {
    if (writer == null) {
      throw new IllegalStateException("store opened read-only");
    }
    Catalog.Searcher searcher = acquire();
    try {
      int moved = StoryRegroup.run(searcher, writer, briefings);
      if (moved > 0) {
        writer.commit();
        searchers.maybeRefreshBlocking();
        assigner = null;
      }
      return moved;
    } catch (IOException | RuntimeException e) {
      assigner = null;
      writer.rollback();
      throw e;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The ids of story {@code story}'s articles stored after {@code since}, in stored order (articles
   * stored before the store dated them count as old).
   */
  public List<String> addedSince(String story, java.time.Instant since) throws IOException {
    return withCatalog(
        c -> {
          List<String> ids = new ArrayList<>();
          for (Catalog.Entry e : c.entries()) {
            if (e.story().equals(story) && e.added() > since.toEpochMilli()) {
              ids.add(e.id());
            }
          }
          return ids;
        });
  }

  /** The folder the store lives in. */
  public Path folder() {
    return folder;
  }

  /** The stored article with id {@code id}. */
  public Optional<StoredArticle> get(String id) throws IOException {
    Catalog.Searcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      String json = searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.JSON);
      return Optional.of(ArticleCodec.read(java.util.Objects.requireNonNull(json, "json")));
    } catch (IOException e) {
      throw new DamagedStoreException(folder, e);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Articles matching {@code query}, with highlighted snippets. */
  public SearchResult search(SearchQuery query) throws IOException {
    Catalog.Searcher searcher = acquire();
    try {
      return Search.run(searcher, query);
    } catch (IOException e) {
      throw new DamagedStoreException(folder, e);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every story, biggest first. */
  public List<StorySummary> stories() throws IOException {
    return withCatalog(Catalog::stories);
  }

  /** The story with id {@code id}. */
  public Optional<StorySummary> story(String id) throws IOException {
    return Optional.ofNullable(withCatalog(c -> c.story(id)));
  }

  /** How many articles the store holds. */
  public int size() throws IOException {
    return withCatalog(c -> c.entries().size());
  }

  /** A number that changes whenever the store's content does: a key for caches. */
  public long version() throws IOException {
    Catalog.Searcher searcher = acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }

  /** A briefing over the stored articles {@code ids}; ids not in the store become problems. */
  public Briefing briefing(List<String> ids) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String id : ids) {
      Optional<StoredArticle> stored = get(id);
      if (stored.isPresent()) {
        articles.add(stored.get().article());
      } else {
        problems.add(new Problem(id, "not in the store"));
      }
    }
    return briefings.briefArticles(articles, problems);
  }

  private <T> T withCatalog(java.util.function.Function<Catalog, T> read) throws IOException {
    Catalog.Searcher searcher = acquire();
    try {
      return read.apply(searcher.catalog);
    } finally {
      searchers.release(searcher);
    }
  }

  private Catalog.Searcher acquire() throws IOException {
    if (writer == null && System.nanoTime() - lastRefresh > READ_ONLY_REFRESH_NANOS) {
      lastRefresh = System.nanoTime();
      searchers.maybeRefresh();
    }
    return (Catalog.Searcher) searchers.acquire();
  }

  @Override
  public synchronized void close() throws IOException {
    try (directory) {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    }
  }
}
