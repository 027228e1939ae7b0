package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

class NewsCleanerTest {
  private final NewsCleaner cleaner = new NewsCleaner();

  private Article clean(String text) {
    return cleaner.clean(RawDocument.of("test.txt", SourceFormat.TEXT, text));
  }

  @Test
  void takesHeadlineDateAndDropsFurnitureAndRepeatedCaptions() {
    Article a =
        clean(
            "ADVERTISEMENT\n\nTalks Resume In Vienna\n\n"
                + "Ministers meet in Vienna November 10\n"
                + "Ministers meet in Vienna November 10 / Reuters\n"
                + "December 4, 2014\n\n"
                + "Negotiators met again on Wednesday.\n\n"
                + "Negotiators met again on Wednesday.\n\n"
                + "Click to Hide\n");

    assertThat(a.title()).isEqualTo("Talks Resume In Vienna");
    assertThat(a.published()).isEqualTo(LocalDate.of(2014, 12, 4));
    assertThat(a.outlet()).isNull();
    assertThat(a.paragraphs()).containsExactly("Negotiators met again on Wednesday.");
  }

  @Test
  void neverInventsADateOrOutlet() {
    Article a =
        clean(
            "Officials met in June to discuss the crisis, a spokesman said on Monday, adding"
                + " that more talks would follow.\n");

    assertThat(a.published()).isNull();
    assertThat(a.outlet()).isNull();
    assertThat(a.title()).endsWith("…");
  }

  @Test
  void findsAgencyDatelineAndStripsIt() {
    Article a =
        clean(
            "Pentagon Says No Coordination\n\n"
                + "(Reuters) – U.S. officials may hold discussions with Iran, the Pentagon said.\n\n"
                + "By Reuters\n");

    assertThat(a.outlet()).isEqualTo("Reuters");
    assertThat(a.paragraphs())
        .containsExactly("U.S. officials may hold discussions with Iran, the Pentagon said.");
  }

  @Test
  void findsOutletInCopyrightLine() {
    Article a =
        clean(
            "Secretary Kerry spoke in Brussels on Wednesday about the coalition.\n\n"
                + "Copyright © 2024 The Washington Times, LLC. Click here for reprint permission.\n");

    assertThat(a.outlet()).isEqualTo("The Washington Times");
  }

  @Test
  void dropsSingleLinePhotoCaptions() {
    Article a =
        clean(
            "Headline Here\n\n"
                + "Pentagon spokesman John Kirby speaks during a news briefing at the Pentagon,"
                + " June 13, 2014.\n\n"
                + "The Pentagon said on Monday it would not coordinate with Iran.\n");

    assertThat(a.paragraphs())
        .containsExactly("The Pentagon said on Monday it would not coordinate with Iran.");
  }

  @Test
  void readsHtmlBlocksAndDeclaredMetadata() {
    String html =
        "<html><head><title>Page</title><meta property='og:site_name' content='Example News'>"
            + "<meta property='article:published_time' content='2014-12-03T10:00:00Z'></head>"
            + "<body><nav>Home | World</nav><h1>Kerry Speaks</h1>"
            + "<p>Kerry spoke in Brussels.</p><script>alert(1)</script>"
            + "<p>He said there were no plans.</p><footer>© Example</footer></body></html>";

    Article a = cleaner.clean(RawDocument.of("page.html", SourceFormat.HTML, html));

    assertThat(a.title()).isEqualTo("Kerry Speaks");
    assertThat(a.outlet()).isEqualTo("Example News");
    assertThat(a.published()).isEqualTo(LocalDate.of(2014, 12, 3));
    assertThat(a.paragraphs())
        .containsExactly("Kerry spoke in Brussels.", "He said there were no plans.");
  }

  @Test
  void rejectsADocumentThatIsAllBoilerplate() {
    assertThatThrownBy(() -> clean("ADVERTISEMENT\n\nClick to Hide\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void givesTheSameIdToTheSameText() {
    assertThat(clean("Same story text here.").id())
        .isEqualTo(clean("Same story text here.\n").id());
    assertThat(clean("Same story text here.").id()).isNotEqualTo(clean("Other text.").id());
  }

  @Test
  void carriesPageMetadataAndPrefersTheCanonicalUrl() {
    String html =
        "<html lang='en-GB'><head><link rel='canonical' href='/world/storm.html'>"
            + "<meta name='author' content='Jane Doe'></head><body><h1>Storm hits coast</h1>"
            + "<p>The storm reached the coast on Monday night, officials said, and thousands of"
            + " homes lost power across the region.</p></body></html>";
    RawDocument fetched =
        new RawDocument(
            "feed#1",
            SourceFormat.HTML,
            html,
            "https://news.example.org/2014/12/04/amp/storm",
            null,
            null,
            null);

    Article a = cleaner.clean(fetched);

    assertThat(a.byline()).isEqualTo("Jane Doe");
    assertThat(a.url()).isEqualTo("https://news.example.org/world/storm.html");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isEqualTo(LocalDate.of(2014, 12, 4));
  }

  @Test
  void keepsMetadataTheContainerSuppliesForPlainText() {
    RawDocument line =
        new RawDocument(
            "a.jsonl:1",
            SourceFormat.TEXT,
            "Officials said the talks would go on, and both sides expected progress.",
            "ftp://not-http.example.org/a",
            null,
            null,
            null,
            "By Sam Carter",
            "fr-FR");

    Article a = cleaner.clean(line);

    assertThat(a.byline()).isEqualTo("Sam Carter");
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.url()).isNull();
  }

  @Test
  void detectsTheLanguageOfUndeclaredTextOnlyWhenAsked() {
    String text =
        "Talks Resume In Vienna\n\nNegotiators met again on Wednesday in Vienna, and both sides"
            + " said that the talks on the nuclear programme would go on until the deadline at"
            + " the end of the month.\n\nThe foreign ministers of the six powers are expected to"
            + " join them next week, when the hardest questions are still open and the"
            + " inspectors will report on what they have found at the sites they visited.";
    RawDocument document = RawDocument.of("test.txt", SourceFormat.TEXT, text);

    assertThat(new NewsCleaner(true).clean(document).language()).isEqualTo("en");
    assertThat(new NewsCleaner(false).clean(document).language()).isNull();
  }
}
