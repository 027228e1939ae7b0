package org.newsbrief.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
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
  private final Path folder;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final Searchers searchers;
  private final ArticleAnalysis analysis = new ArticleAnalysis();
  private final NewsBriefings briefings = NewsBriefings.create();
  private final java.time.Clock clock;
  private @Nullable StoryAssigner assigner;

  private ArticleStore(
      Path folder, Directory directory, @Nullable IndexWriter writer, java.time.Clock clock)
      throws IOException {
    this.folder = folder;
    this.clock = clock;
    this.directory = directory;
    this.writer = writer;
    this.searchers = Searchers.open(folder, directory, writer);
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
    IndexWriter writer = IndexFolders.writer(folder);
    return new ArticleStore(folder, writer.getDirectory(), writer, clock);
  }

  /** Opens an existing store for reading only; another process may be writing to it. */
  public static ArticleStore openReadOnly(Path folder) throws IOException {
    return new ArticleStore(
        folder, IndexFolders.existing(folder), null, java.time.Clock.systemUTC());
  }

  /**
   * Cleans, analyses and stores the documents not stored yet, filing each under a story, then
   * commits. A failed write rolls back everything this call added and closes the store.
   */
  public synchronized AddResult add(List<RawDocument> documents) throws IOException {
    return write(
        (searcher, open) -> {
          StoryAssigner stories = assigner;
          if (stories == null) {
            stories = StoryAssigner.replaying(searcher.getIndexReader());
            assigner = stories;
          }
          AddResult result =
              new AddBatch(analysis, searcher.catalog, stories)
                  .write(documents, open, clock.millis());
          if (!result.added().isEmpty()) {
            open.commit();
            searchers.refreshAfterCommit();
          }
          return result;
        });
  }

  /**
   * Regroups the open stories as {@code newsbrief brief} would group their articles (see {@link
   * StoryRegroup}), keeping each story's id with the bulk of its articles, then commits. Returns
   * how many articles changed story. A failed write rolls back and closes the store.
   */
  public synchronized int regroup() throws IOException {
    return write(
        (searcher, open) -> {
          int moved = StoryRegroup.run(searcher, open, briefings);
          if (moved > 0) {
            open.commit();
            searchers.refreshAfterCommit();
            assigner = null;
          }
          return moved;
        });
  }

  /**
   * The ids of story {@code story}'s articles stored after {@code since}, in stored order (articles
   * stored before the store dated them count as old).
   */
  public List<String> addedSince(String story, java.time.Instant since) throws IOException {
    return withCatalog(c -> c.addedSince(story, since.toEpochMilli()));
  }

  /** The folder the store lives in. */
  public Path folder() {
    return folder;
  }

  /** The stored article with id {@code id}. */
  public Optional<StoredArticle> get(String id) throws IOException {
    try {
      return searchers.read(searcher -> Search.byId(searcher, id));
    } catch (IOException e) {
      throw new DamagedStoreException(folder, e);
    }
  }

  /** Articles matching {@code query}, with highlighted snippets. */
  public SearchResult search(SearchQuery query) throws IOException {
    try {
      return searchers.read(searcher -> Search.run(searcher, query));
    } catch (IOException e) {
      throw new DamagedStoreException(folder, e);
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
    return searchers.read(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
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

  /** A change made through the writer while one searcher is held. */
  private interface Change<T> {
    T apply(Catalog.Searcher searcher, IndexWriter writer) throws IOException;
  }

  /** Makes {@code change}; if it fails, rolls back what it wrote (which closes the writer). */
  private <T> T write(Change<T> change) throws IOException {
    IndexWriter open = writer;
    if (open == null) {
      throw new IllegalStateException("store opened read-only");
    }
    try {
      return searchers.read(searcher -> change.apply(searcher, open));
    } catch (IOException | RuntimeException e) {
      assigner = null;
      open.rollback();
      throw e;
    }
  }

  private <T> T withCatalog(java.util.function.Function<Catalog, T> read) throws IOException {
    return searchers.read(searcher -> read.apply(searcher.catalog));
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
