package org.newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;

/**
 * Adds ingested documents to a store in committed batches, drawing a progress bar on a terminal (or
 * one line per batch elsewhere) unless quiet. What `newsbrief ingest --store` calls.
 */
final class StoreFeed {
  static final int BATCH = 50;
  private static final int BAR = 30;

  private final ArticleStore store;
  private final PrintWriter progress;
  private final boolean quiet;
  private final boolean terminal;

  StoreFeed(ArticleStore store, PrintWriter progress, boolean quiet, boolean terminal) {
    this.store = store;
    this.progress = progress;
    this.quiet = quiet;
    this.terminal = terminal;
  }

  /** Adds {@code documents}; every batch is durable once reported. */
  AddResult add(List<RawDocument> documents) throws IOException {
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean show = !quiet && documents.size() > BATCH;
    for (int from = 0; from < documents.size(); from += BATCH) {
      int to = Math.min(documents.size(), from + BATCH);
      AddResult batch = store.add(documents.subList(from, to));
      added.addAll(batch.added());
      unchanged.addAll(batch.unchanged());
      problems.addAll(batch.problems());
      if (show) {
        report(to, documents.size());
      }
    }
    if (show && terminal) {
      progress.println();
    }
    progress.flush();
    return new AddResult(added, unchanged, problems);
  }

  private void report(int done, int total) {
    int filled = (int) ((long) BAR * done / total);
    String line =
        String.format(
            "storing [%s%s] %d/%d", "#".repeat(filled), " ".repeat(BAR - filled), done, total);
    if (terminal) {
      progress.print("\r" + line);
    } else {
      progress.println(line);
    }
    progress.flush();
  }
}
