package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

class ArticleStoreTest {
  @TempDir Path dir;

  private static final List<RawDocument> ALL =
      List.of(Fixtures.talks(), Fixtures.strikes(), Fixtures.harvest());

  @Test
  void addingTheSameArticlesAgainChangesNothing() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      AddResult first = store.add(ALL);
      long version = store.version();

      AddResult second = store.add(ALL);

      assertThat(first.added()).hasSize(3);
      assertThat(second.added()).isEmpty();
      assertThat(second.unchanged()).containsExactlyElementsOf(first.added());
      assertThat(store.version()).isEqualTo(version);
      assertThat(store.size()).isEqualTo(3);
    }
  }

  @Test
  void repeatsInOneBatchAreStoredOnce() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      AddResult result = store.add(List.of(Fixtures.talks(), Fixtures.talks()));
      assertThat(result.added()).hasSize(1);
      assertThat(result.unchanged()).containsExactlyElementsOf(result.added());
    }
  }

  @Test
  void keepsTheArticleWithItsSentencesEntitiesAndQuotesAcrossReopening() throws IOException {
    String id;
    try (ArticleStore store = ArticleStore.open(dir)) {
      id = store.add(List.of(Fixtures.strikes())).added().get(0);
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      StoredArticle a = store.get(id).orElseThrow();
      assertThat(a.article().title()).isEqualTo("Iranian jets strike Islamic State targets");
      assertThat(a.article().outlet()).isEqualTo("Associated Press");
      assertThat(a.article().published()).isEqualTo(LocalDate.of(2014, 12, 3));
      assertThat(a.url()).isEqualTo("https://example.org/strikes.txt");
      assertThat(a.sentences()).hasSize(3);
      assertThat(a.sentences().get(2).text())
          .isEqualTo("The Pentagon declined to confirm the strikes.");
      assertThat(a.entities()).extracting(e -> e.name()).contains("Marie Harf");
      assertThat(a.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speaker().name()).isEqualTo("Marie Harf");
                assertThat(q.sentence()).isEqualTo(1);
              });
      assertThat(store.get("nope")).isEmpty();
    }
  }

  @Test
  void searchesTextWithHighlightedSnippets() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ALL);
      SearchResult found = store.search(SearchQuery.text("harvest rains"));

      assertThat(found.total()).isEqualTo(1);
      SearchHit hit = found.hits().get(0);
      assertThat(hit.title()).isEqualTo("Record wheat harvest in Kansas");
      assertThat(hit.snippet().stream().filter(Highlight::match).map(Highlight::text))
          .containsExactly("harvest", "rains");
      String snippet = hit.snippet().stream().map(Highlight::text).collect(Collectors.joining());
      assertThat(snippet).contains("record wheat harvest this summer after steady rains");
      assertThat(store.search(SearchQuery.text("harvest -Kansas")).total()).isZero();
      assertThat(store.search(SearchQuery.text("\"unbalanced quote AND (")).total()).isZero();
    }
  }

  @Test
  void filtersByEntitySpeakerOutletAndDate() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ALL);
      assertThat(titles(store, query(null, "Kerry", null, null, null, null)))
          .containsExactly("Kerry meets Zarif in Vienna");
      assertThat(titles(store, query(null, null, "Marie Harf", null, null, null)))
          .containsExactly("Iranian jets strike Islamic State targets");
      assertThat(titles(store, query(null, null, "Harf Marie", null, null, null))).isEmpty();
      assertThat(titles(store, query(null, null, null, "farm weekly", null, null)))
          .containsExactly("Record wheat harvest in Kansas");
      assertThat(
              titles(
                  store,
                  query(
                      null,
                      null,
                      null,
                      null,
                      LocalDate.of(2014, 1, 1),
                      LocalDate.of(2014, 12, 31))))
          .containsExactly(
              "Iranian jets strike Islamic State targets", "Kerry meets Zarif in Vienna");
      assertThat(titles(store, query("nuclear", null, null, "reuters", null, null)))
          .containsExactly("Kerry meets Zarif in Vienna");
    }
  }

  @Test
  void filesRelatedArticlesUnderOneStoryAndBriefsThem() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ALL);
      List<StorySummary> stories = store.stories();
      assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(3);
      StorySummary biggest = stories.get(0);
      assertThat(store.story(biggest.id())).contains(biggest);

      Briefing briefing = store.briefing(biggest.articles());

      assertThat(briefing.articles()).hasSize(biggest.articles().size());
      assertThat(briefing.summary()).isNotEmpty();
      assertThat(store.briefing(List.of("missing")).problems()).hasSize(1);
    }
  }

  @Test
  void reportsDocumentsThatCannotBeCleaned() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      AddResult result = store.add(List.of(RawDocument.of("empty.txt", SourceFormat.TEXT, " ")));
      assertThat(result.added()).isEmpty();
      assertThat(result.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.input()).isEqualTo("empty.txt"));
    }
  }

  @Test
  void readOnlyStoresRefuseWritesAndMissingStoresFailToOpen() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(List.of(Fixtures.talks()));
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThatThrownBy(() -> store.add(ALL)).isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir.resolve("none")))
        .isInstanceOf(java.io.FileNotFoundException.class);
  }

  private static SearchQuery query(
      String text, String entity, String speaker, String outlet, LocalDate from, LocalDate to) {
    return new SearchQuery(text, entity, speaker, outlet, from, to, 10);
  }

  private static List<String> titles(ArticleStore store, SearchQuery q) throws IOException {
    return store.search(q).hits().stream().map(SearchHit::title).toList();
  }
}
