package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

class ArticleCodecTest {
  @Test
  void keepsBylineCanonicalUrlAndLanguage() {
    Article article =
        new Article(
            "abc",
            "feed#1",
            "Storm hits coast",
            "Coast News",
            LocalDate.of(2014, 12, 4),
            List.of("The storm reached the coast."),
            "Jane Doe",
            "https://example.org/storm",
            "en");
    StoredArticle stored =
        new StoredArticle(
            article, "https://example.org/amp/storm", "s1", List.of(), List.of(), List.of());

    StoredArticle back = ArticleCodec.read(ArticleCodec.write(stored));

    assertThat(back.article()).isEqualTo(article);
    assertThat(back.url()).isEqualTo("https://example.org/amp/storm");
  }

  @Test
  void keepsTheContainersCaptureOrFeedEntryDate() {
    Article article =
        new Article(
            "abc",
            "crawl.warc#2",
            "Storm hits coast",
            null,
            null,
            List.of("The storm reached the coast."),
            null,
            null,
            null,
            new ContainerDate(LocalDate.of(2014, 12, 4), ContainerDate.Kind.CAPTURED));
    StoredArticle stored = new StoredArticle(article, null, "s1", List.of(), List.of(), List.of());

    assertThat(ArticleCodec.read(ArticleCodec.write(stored)).article()).isEqualTo(article);
  }

  @Test
  void readsDocumentsStoredBeforeTheMetadataFields() {
    String old =
        "{\"id\":\"abc\",\"source\":\"a.txt\",\"title\":\"T\",\"outlet\":null,"
            + "\"published\":\"2014-12-04\",\"url\":null,\"story\":\"s1\","
            + "\"paragraphs\":[\"Body.\"],\"sentences\":[],\"entities\":[],\"quotes\":[]}";

    Article article = ArticleCodec.read(old).article();

    assertThat(article.published()).isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(article.byline()).isNull();
    assertThat(article.url()).isNull();
    assertThat(article.language()).isNull();
  }

  @Test
  void keepsWhomAQuoteWasRelayedThrough() {
    Article article =
        new Article("abc", "a.txt", "T", null, null, List.of("Body."), null, null, null);
    Speaker khamenei = new Speaker("ali-khamenei", "Ali Khamenei", null);
    Quote relayed =
        new Quote("We will not talk.", true, khamenei, "abc", 0, List.of("abc"), "FARS");
    Quote plain = new Quote("Nor will we.", true, khamenei, "abc", 1);
    StoredArticle stored =
        new StoredArticle(article, null, "s1", List.of(), List.of(), List.of(relayed, plain));

    List<Quote> back = ArticleCodec.read(ArticleCodec.write(stored)).quotes();

    assertThat(back).containsExactly(relayed, plain);
    assertThat(back.get(1).via()).isNull();
  }
}
