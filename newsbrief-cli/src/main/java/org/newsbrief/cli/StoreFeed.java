package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;

/**
 * Adds ingested documents to a store in committed batches as they arrive, drawing progress on a
 * terminal (or one line per batch elsewhere) unless quiet. What `newsbrief ingest --store` calls:
 * the reader hands it one document at a time, so a large archive never sits in memory whole.
 */
final class StoreFeed implements Consumer<RawDocument> {
  static final int BATCH = 50;
  private static final int BAR = 30;

  private final ArticleStore store;
  private final PrintWriter progress;
  private final boolean quiet;
  private final boolean terminal;
  private final List<RawDocument> pending = new ArrayList<>();
  private final List<String> added = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int expected = -1;
  private int done;

  StoreFeed(ArticleStore store, PrintWriter progress, boolean quiet, boolean terminal) {
    this.store = store;
    this.progress = progress;
    this.quiet = quiet;
    this.terminal = terminal;
  }

  /**
   * Adds {@code documents}, a known number, with a progress bar; every batch is durable once
   * reported.
   */
  AddResult add(List<RawDocument> documents) throws IOException {
    expected = documents.size();
    try {
      documents.forEach(this);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return finish();
  }

  /**
   * Takes one document; commits a batch when {@link #BATCH} are waiting.
   *
   * @throws UncheckedIOException when the store cannot commit
   */
  @Override
  public void accept(RawDocument document) {
    pending.add(document);
    if (pending.size() == BATCH) {
      try {
        commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Commits what is still waiting and returns what the whole feed added. */
  AddResult finish() throws IOException {
    commit();
    if (done > BATCH && !quiet && terminal) {
      progress.println();
    }
    progress.flush();
    return new AddResult(added, unchanged, problems);
  }

  private void commit() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    AddResult batch = store.add(List.copyOf(pending));
    done += pending.size();
    pending.clear();
    added.addAll(batch.added());
    unchanged.addAll(batch.unchanged());
    problems.addAll(batch.problems());
    boolean show = !quiet && (expected < 0 ? done >= BATCH : expected > BATCH);
    if (show) {
      report();
    }
  }

  private void report() {
    String line;
    if (expected < 0) {
      line = String.format("storing: %d read and committed", done);
    } else {
      int filled = (int) ((long) BAR * done / expected);
      line =
          String.format(
              "storing [%s%s] %d/%d", "#".repeat(filled), " ".repeat(BAR - filled), done, expected);
    }
    if (terminal) {
      progress.print("\r" + line);
    } else {
      progress.println(line);
    }
    progress.flush();
  }
}
