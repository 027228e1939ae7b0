package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.store.ArticleStore;

/** The API says what a story's briefing gained since a given time. */
class NewSinceTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path folder;

  private static RawDocument doc(String name, String title, String outlet, String text) {
    return new RawDocument(
        name,
        SourceFormat.TEXT,
        text,
        "https://example.org/" + name,
        title,
        outlet,
        LocalDate.of(2014, 11, 24));
  }

  private static final RawDocument FIRST =
      doc(
          "talks.txt",
          "Kerry meets Zarif in Vienna",
          "Reuters",
          "U.S. Secretary of State John Kerry met Iranian Foreign Minister Mohammad Javad Zarif in"
              + " Vienna on Monday as nuclear talks entered their final day.\n\n"
              + "\"We are closer than we have ever been to a deal,\" Kerry told reporters after"
              + " the meeting.\n\nNegotiators agreed to extend the deadline by seven months.");

  private static final RawDocument LATER =
      doc(
          "talks2.txt",
          "Kerry and Zarif extend Vienna nuclear talks",
          "BBC",
          "Kerry and Iranian Foreign Minister Mohammad Javad Zarif agreed in Vienna on Monday to"
              + " extend the nuclear talks by seven months.\n\n"
              + "\"The gaps are real but they can be closed,\" Zarif said after meeting Kerry.\n\n"
              + "The negotiators will meet again in December in Oman.");

  private static JsonNode get(NewsServer server, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve(URI.create(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    var body = (com.fasterxml.jackson.databind.node.ObjectNode) ApiJson.MAPPER.readTree(r.body());
    return body.put("status_code", r.statusCode());
  }

  @Test
  void aStoryAndItsBriefingShowWhatIsNewSinceAGivenTime() throws Exception {
    try (ArticleStore store = ArticleStore.open(folder, Clock.fixed(T0, ZoneOffset.UTC))) {
      store.add(List.of(FIRST));
    }
    try (ArticleStore store =
            ArticleStore.open(folder, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
        NewsServer server = NewsServer.start(store, new ServeOptions("127.0.0.1", 0, null, 0))) {
      String later = store.add(List.of(LATER)).added().get(0);
      store.regroup();
      String story = store.get(later).orElseThrow().story();
      assertThat(store.story(story).orElseThrow().articles()).hasSize(2);
      String first = store.story(story).orElseThrow().articles().get(0);
      String since = T0.plusSeconds(60).toString();

      JsonNode summary = get(server, "api/stories/" + story + "?since=" + since);
      JsonNode briefing = get(server, "api/stories/" + story + "/briefing?since=" + since);

      assertThat(summary.get("new_articles").toString()).isEqualTo("[\"" + later + "\"]");
      JsonNode fresh = briefing.get("new");
      assertThat(fresh.get("articles").toString()).isEqualTo("[\"" + later + "\"]");
      assertThat(fresh.get("quotes").toString()).contains("The gaps are real");
      assertThat(fresh.get("quotes").toString()).doesNotContain("closer than we have ever been");
      Set<String> before = new HashSet<>();
      for (SummarySentence s : store.briefing(List.of(first)).summary()) {
        before.add(s.text());
      }
      for (JsonNode s : fresh.get("summary")) {
        assertThat(before).doesNotContain(s.get("text").asText());
      }
      assertThat(get(server, "api/stories/" + story + "/briefing").has("new")).isFalse();
      assertThat(
              get(server, "api/stories/" + story + "?since=yesterday").get("status_code").asInt())
          .isEqualTo(400);
    }
  }
}
