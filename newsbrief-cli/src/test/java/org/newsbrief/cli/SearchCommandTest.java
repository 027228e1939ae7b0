package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.store.ArticleStore;

/** The search fixes of issue 22, each checked through the command line on the demo store. */
class SearchCommandTest {
  @TempDir static Path dir;
  private static Path store = Path.of("unset");

  @BeforeAll
  static void demoStore() throws IOException {
    store = dir.resolve("store");
    try (ArticleStore s = ArticleStore.open(store)) {
      new StoreFeed(s, new PrintWriter(new StringWriter()), true, false)
          .add(
              new FileIngester()
                  .ingest(List.of(Path.of("..", "samples", "iran-isis-2014")))
                  .documents());
    }
  }

  private static JsonNode search(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("search", "--json", "--store", store.toString()));
    all.addAll(List.of(args));
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  private static int total(String... args) throws IOException {
    return search(args).get("total").asInt();
  }

  @Test
  void aPrefixReachesWordsTheIndexStemmed() throws IOException {
    int coord = total("coord*");
    assertThat(coord).isPositive();
    assertThat(total("coordinat*")).isEqualTo(coord);
    assertThat(total("coordination*")).isEqualTo(total("coordination"));
    assertThat(total("zzyzx*")).isZero();
  }

  @Test
  void aQueryMayStartWithAMinus() throws IOException {
    int kerry = total("Kerry");
    int both = total("Kerry Iran");
    assertThat(kerry).isPositive();
    assertThat(total("-Iran Kerry")).isEqualTo(kerry - both);
    assertThat(total("-Iran", "Kerry")).isEqualTo(kerry - both);
    assertThat(total("-hamas")).isEqualTo(total("-hamas", "--limit", "5"));
    assertThat(total("--", "-Iran Kerry")).isEqualTo(kerry - both);
  }

  @Test
  void anUnknownLongOptionIsStillAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "search",
            "Kerry",
            "--jsn",
            "--store",
            store.toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--jsn");
  }

  @Test
  void snippetsDoNotBreakAtInitialsOrTitles() throws IOException {
    JsonNode hits = search("green light").get("hits");
    assertThat(hits).isNotEmpty();
    StringBuilder text = new StringBuilder();
    hits.get(0).get("snippet").forEach(p -> text.append(p.get("text").asText()));
    assertThat(text.toString()).contains("John F. Kerry");
    for (JsonNode hit : search("Kerry", "--limit", "50").get("hits")) {
      StringBuilder s = new StringBuilder();
      hit.get("snippet").forEach(p -> s.append(p.get("text").asText()));
      for (String passage : s.toString().split(" … ")) {
        assertThat(passage.strip()).doesNotMatch("(?s).*(\\b\\p{Lu}|Gen|Sen|Mr|Dr)\\.");
      }
    }
  }
}
