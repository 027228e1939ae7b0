package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  private static final String BODY =
      "<body><article><h1>Storm hits coast</h1><p>The storm reached the coast on Monday night,"
          + " officials said, and thousands of homes lost power.</p></article></body>";

  private static PageMetadata.Found read(String head, String url) {
    return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head>" + BODY), url);
  }

  private static PageMetadata.Found read(String head) {
    return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head>" + BODY), null);
  }

  @Test
  void readsNewsArticleJsonLdAuthorsAndDate() {
    PageMetadata.Found found =
        read(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Storm hits coast\","
                + "\"datePublished\":\"2019-11-19T23:30:00-05:00\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"@type\":\"Person\",\"name\":\"John Roe\"},"
                + "{\"@type\":\"Organization\",\"name\":\"Coast News\"}]}</script>");

    assertThat(found.byline()).isEqualTo("Jane Doe, John Roe");
    assertThat(found.published()).isEqualTo(LocalDate.of(2019, 11, 19));
  }

  @Test
  void followsGraphReferencesToThePerson() {
    PageMetadata.Found found =
        read(
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"@id\":\"https://x.org/#website\"},"
                + "{\"@type\":\"Article\",\"@id\":\"https://x.org/a/#article\","
                + "\"author\":{\"@id\":\"https://x.org/#/schema/person/42\"},"
                + "\"datePublished\":\"2018-04-18T14:39:09+02:00\"},"
                + "{\"@type\":[\"Person\"],\"@id\":\"https://x.org/#/schema/person/42\","
                + "\"name\":\"Ana Lima\"}]}</script>");

    assertThat(found.byline()).isEqualTo("Ana Lima");
    assertThat(found.published()).isEqualTo(LocalDate.of(2018, 4, 18));
  }

  @Test
  void skipsMalformedJsonLdAndFallsBackToMetaAuthor() {
    PageMetadata.Found found =
        read(
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", oops</script>"
                + "<meta name='author' content='By Sam Carter'>"
                + "<meta property='article:author' content='https://facebook.com/someone'>");

    assertThat(found.byline()).isEqualTo("Sam Carter");
  }

  @Test
  void refusesAnAuthorMetaThatIsAProfileUrl() {
    assertThat(read("<meta property='article:author' content='https://x.org/people/sam'>").byline())
        .isNull();
  }

  @Test
  void readsBylineMarkupAndByLines() {
    String byClass =
        "<html><body><div class='article-byline'>By <a href='/p/ko'>Kim Ortiz</a> | Nov. 19,"
            + " 2019</div>"
            + BODY.substring(6);
    String byText = "<html><body><p>By Lee Chan and Mia Park</p>" + BODY.substring(6);

    assertThat(PageMetadata.read(Jsoup.parse(byClass), null).byline()).isEqualTo("Kim Ortiz");
    assertThat(PageMetadata.read(Jsoup.parse(byText), null).byline())
        .isEqualTo("Lee Chan, Mia Park");
  }

  @Test
  void bylineCleaningRefusesSentencesAndKeepsNames() {
    assertThat(Bylines.clean("BY TOM KRISHER, AP Auto Writer")).isEqualTo("TOM KRISHER");
    assertThat(Bylines.clean("by the way this is not a name")).isNull();
    assertThat(Bylines.clean("Contact us at news@example.com")).isNull();
  }

  @Test
  void resolvesARelativeCanonicalAgainstThePageUrl() {
    PageMetadata.Found found =
        read(
            "<link rel='canonical' href='/news/2019/storm.html'>",
            "https://www.example.com/amp/news/2019/storm.html?utm=x");

    assertThat(found.canonical()).isEqualTo("https://www.example.com/news/2019/storm.html");
  }

  @Test
  void canonicalMustBeAbsoluteHttp() {
    assertThat(read("<link rel='canonical' href='/news/storm.html'>").canonical()).isNull();
    assertThat(read("<link rel='canonical' href='javascript:void(0)'>").canonical()).isNull();
    assertThat(
            read("<link rel='canonical' href='ftp://x.org/a'>"
                    + "<meta property='og:url' content='http://x.org/a'>")
                .canonical())
        .isEqualTo("http://x.org/a");
  }

  @Test
  void normalisesDeclaredLanguageToItsPrimaryTag() {
    assertThat(PageMetadata.read(Jsoup.parse("<html lang='en-US'>" + BODY), null).language())
        .isEqualTo("en");
    assertThat(read("<meta property='og:locale' content='pt_BR'>").language()).isEqualTo("pt");
    assertThat(read("<meta http-equiv='Content-Language' content='DE'>").language())
        .isEqualTo("de");
    assertThat(PageMetadata.primary("und")).isNull();
    assertThat(PageMetadata.primary("english")).isNull();
  }

  @Test
  void readsMoreDateMetaNamesAndTimeElements() {
    assertThat(read("<meta name='sailthru.date' content='2014-12-04 10:00:00'>").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(read("<meta name='DC.date.issued' content='20141204'>").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(read("<meta name='pubdate' content='Thu, 04 Dec 2014 10:00:00 GMT'>").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(
            PageMetadata.read(
                    Jsoup.parse("<body><time datetime='2014-12-03T09:00'>Dec 3</time></body>"),
                    null)
                .published())
        .isEqualTo(LocalDate.of(2014, 12, 3));
  }

  @Test
  void datesAPageFromItsUrlOnlyAsTheLastResort() {
    assertThat(read("", "https://x.org/world/2014/12/04/storm-hits/").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(read("", "https://x.org/2019/nov/18/storm/").published())
        .isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(read("", "https://x.org/news/20141204/storm").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(read("", "https://x.org/storm-2014-12-04.html").published())
        .isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(
            read(
                    "<meta property='article:published_time' content='2014-12-01'>",
                    "https://x.org/2014/12/04/storm/")
                .published())
        .isEqualTo(LocalDate.of(2014, 12, 1));
    assertThat(read("", "https://x.org/item/123456789/storm").published()).isNull();
    assertThat(read("", "https://2014.x.org/2014/13/45/storm").published()).isNull();
  }
}
