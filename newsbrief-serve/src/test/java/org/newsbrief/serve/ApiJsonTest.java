package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;
import org.newsbrief.store.StoredArticle;

class ApiJsonTest {
  private static Article article(String byline, String url, String language) {
    return new Article(
        "a1",
        "page.html",
        "Talks resume",
        "Gazette",
        LocalDate.of(2014, 12, 3),
        List.of("Talks resumed on Monday."),
        byline,
        url,
        language);
  }

  @Test
  void anArticleShowsItsBylineLanguageAndUrl() {
    JsonNode json =
        ApiJson.article(
            new StoredArticle(
                article("Jane Doe", "https://example.org/talks", "en"),
                null,
                "s1",
                List.of(),
                List.of(),
                List.of()));

    assertThat(json.get("byline").asText()).isEqualTo("Jane Doe");
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(json.get("url").asText()).isEqualTo("https://example.org/talks");
  }

  @Test
  void theContainersUrlComesFirstAndMissingFieldsAreNull() {
    JsonNode json =
        ApiJson.article(
            new StoredArticle(
                article(null, "https://example.org/canonical", null),
                "https://archive.example/copy",
                "s1",
                List.of(),
                List.of(),
                List.of()));

    assertThat(json.get("url").asText()).isEqualTo("https://archive.example/copy");
    assertThat(json.get("byline").isNull()).isTrue();
    assertThat(json.get("language").isNull()).isTrue();
  }

  @Test
  void aRelayedQuoteNamesWhomItCameThrough() {
    Speaker speaker = new Speaker(null, "Ali Khamenei", null);
    JsonNode json =
        ApiJson.article(
            new StoredArticle(
                article(null, null, null),
                null,
                "s1",
                List.of(),
                List.of(),
                List.of(
                    new Quote("We will not talk.", true, speaker, "a1", 0, List.of("a1"), "FARS"),
                    new Quote("Nor will we.", true, speaker, "a1", 0))));

    assertThat(json.get("quotes").get(0).get("via").asText()).isEqualTo("FARS");
    assertThat(json.get("quotes").get(1).has("via")).isFalse();
  }
}
