package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;

class StoreCommandsTest {
  private static final Path DEMO = Path.of("..", "samples", "iran-isis-2014");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path demoStore() throws IOException {
    Path store = dir.resolve("store");
    try (ArticleStore s = ArticleStore.open(store)) {
      StringWriter progress = new StringWriter();
      new StoreFeed(s, new PrintWriter(progress), false, false)
          .add(new FileIngester().ingest(List.of(DEMO)).documents());
    }
    return store;
  }

  @Test
  void searchesAStoreAsTextAndJson() throws IOException {
    Path store = demoStore();
    assertThat(run("search", "Harf", "--store", store.toString())).isZero();
    assertThat(out.toString()).startsWith("1 article").contains("«Harf»");

    out.getBuffer().setLength(0);
    assertThat(run("search", "--speaker", "Harf", "--json", "--store", store.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("total").asInt()).isPositive();
    assertThat(json.get("hits").get(0).get("snippet").isArray()).isTrue();

    out.getBuffer().setLength(0);
    assertThat(run("search", "--from", "2030-01-01", "--store", store.toString())).isZero();
    assertThat(out.toString()).startsWith("0 articles");
  }

  @Test
  void searchUsageErrorsAndMissingStores() {
    assertThat(run("search", "--store", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("search", "x", "--from", "2014-13-01")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("search", "x", "--from", "2015-01-01", "--to", "2014-01-01"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("search", "x", "--store", dir.resolve("none").toString()))
        .isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("no store at");
  }

  @Test
  void serveRefusesNonLoopbackWithoutATokenAndABadPollInterval() {
    assertThat(run("serve", "--host", "0.0.0.0", "--store", dir.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("needs an access token");
    // a missing store is served empty now (ServeFollowTest); a bad --every is refused first
    assertThat(
            run(
                "serve",
                "--port",
                "0",
                "--store",
                dir.resolve("none").toString(),
                "--follow",
                "feed.rss",
                "--every",
                "0m"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--every");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void everyNewCommandHasHelp() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(run("search", "--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: newsbrief serve")
        .contains("Usage: newsbrief search");
  }

  @Test
  void feedsTheStoreInCommittedBatchesWithProgress() throws IOException {
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < StoreFeed.BATCH + 5; i++) {
      docs.add(
          new RawDocument(
              "n" + i + ".txt",
              SourceFormat.TEXT,
              "Item " + i + " of the council agenda was approved on Monday by " + i + " votes.",
              null,
              "Agenda item " + i,
              "Council Wire",
              LocalDate.of(2020, 1, 1)));
    }
    try (ArticleStore store = ArticleStore.open(dir.resolve("feed"))) {
      StringWriter progress = new StringWriter();
      AddResult first = new StoreFeed(store, new PrintWriter(progress), false, false).add(docs);
      assertThat(first.added()).hasSize(docs.size());
      assertThat(progress.toString().lines()).hasSize(2).last().asString().endsWith("55/55");

      StringWriter quiet = new StringWriter();
      AddResult again = new StoreFeed(store, new PrintWriter(quiet), true, false).add(docs);
      assertThat(again.added()).isEmpty();
      assertThat(again.unchanged()).hasSize(docs.size());
      assertThat(quiet.toString()).isEmpty();
    }
  }

  @Test
  void theStoreDefaultsToTheEnvironmentThenTheWorkingFolder() {
    assertThat(StoreLocation.resolve(Path.of("x"), Map.of("NEWSBRIEF_STORE", "y")))
        .isEqualTo(Path.of("x"));
    assertThat(StoreLocation.resolve(null, Map.of("NEWSBRIEF_STORE", "y"))).isEqualTo(Path.of("y"));
    assertThat(StoreLocation.resolve(null, Map.of())).isEqualTo(Path.of("newsbrief-store"));
  }
}
