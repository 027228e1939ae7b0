package org.newsbrief.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link CrashDurabilityTest}: adds numbered articles to a store one at a time,
 * forever, printing "ACK id" after each add returns.
 */
public final class IngestLoop {
  private IngestLoop() {}

  public static void main(String[] args) throws IOException {
    int start = Integer.parseInt(args[1]);
    try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
      for (int n = start; ; n++) {
        for (String id : store.add(List.of(Fixtures.numbered(n))).added()) {
          System.out.println("ACK " + id);
          System.out.flush();
        }
      }
    }
  }
}
