package org.newsbrief.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the query parser through a real search of a small store: any text, names and limit either
 * are refused by {@link SearchQuery}'s checks with a message, or search without an exception.
 */
class QueryFuzzTest {
  private static ArticleStore store;

  private static synchronized ArticleStore store() throws IOException {
    if (store == null) {
      Path folder = Files.createTempDirectory("fuzz-store");
      folder.toFile().deleteOnExit();
      store = ArticleStore.open(folder);
      store.add(List.of(Fixtures.talks(), Fixtures.strikes(), Fixtures.harvest()));
    }
    return store;
  }

  @FuzzTest(maxDuration = "15m")
  void searchesAnyQuery(FuzzedDataProvider data) {
    SearchQuery query;
    try {
      query =
          new SearchQuery(
              data.consumeString(200),
              data.consumeBoolean() ? data.consumeString(40) : null,
              data.consumeBoolean() ? data.consumeString(40) : null,
              data.consumeBoolean() ? data.consumeString(40) : null,
              null,
              null,
              data.consumeInt(-5, 200));
    } catch (IllegalArgumentException refused) {
      return;
    }
    try {
      SearchResult result = store().search(query);
      if (result.total() < result.hits().size()) {
        throw new IllegalStateException("more hits than the total");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
