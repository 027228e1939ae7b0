package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

class JsonlAndFeedTest {
  @TempDir Path dir;

  @Test
  void readsJsonLinesAndReportsBadLinesByNumber() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("stream.jsonl"),
            "{\"text\": \"Kerry spoke in Brussels.\", \"outlet\": \"Example\", \"date\": \"2014-12-03\","
                + " \"title\": \"Kerry\", \"url\": \"https://example.com/a\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"html\": \"<p>Second article.</p>\"}\n"
                + "{\"title\": \"no body\"}\n"
                + "[1, 2]\n");

    IngestResult result = new FileIngester().ingest(List.of(file));

    assertThat(result.documents()).hasSize(2);
    RawDocument first = result.documents().get(0);
    assertThat(first.source()).isEqualTo(file + ":1");
    assertThat(first.outlet()).isEqualTo("Example");
    assertThat(first.published()).hasToString("2014-12-03");
    assertThat(first.url()).isEqualTo("https://example.com/a");
    assertThat(result.documents().get(1).format()).isEqualTo(SourceFormat.HTML);
    assertThat(result.problems())
        .extracting(Problem::input)
        .containsExactly(file + ":2", file + ":5", file + ":6");
    assertThat(result.problems().get(1).message()).contains("\"text\" or \"html\"");
  }

  @Test
  void readsRssAndAtomEntries() throws IOException {
    Path rss =
        Files.writeString(
            dir.resolve("feed.rss"),
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
                + "<item><title>Talks resume</title><link>https://example.com/1</link>"
                + "<pubDate>Thu, 04 Dec 2014 10:00:00 GMT</pubDate>"
                + "<description>&lt;p&gt;The talks resumed in Vienna.&lt;/p&gt;</description></item>"
                + "<item><title>No body</title></item></channel></rss>");
    Path atom =
        Files.writeString(
            dir.resolve("feed.atom"),
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
                + "<entry><title>Kerry speaks</title><updated>2014-12-03T12:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;Kerry spoke.&lt;/p&gt;</content></entry></feed>");

    IngestResult result = new FileIngester().ingest(List.of(rss, atom));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(RawDocument::title, RawDocument::outlet, d -> String.valueOf(d.containerDate()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Talks resume", "Example News", feedEntry("2014-12-04")),
            org.assertj.core.groups.Tuple.tuple("Kerry speaks", "Wire", feedEntry("2014-12-03")));
    assertThat(result.documents())
        .extracting(RawDocument::published)
        .as("a feed's entry date is not the article's publication date")
        .containsOnlyNulls();
    assertThat(result.documents().get(0).url()).isEqualTo("https://example.com/1");
  }

  private static String feedEntry(String day) {
    return String.valueOf(
        new org.newsbrief.model.ContainerDate(
            java.time.LocalDate.parse(day), org.newsbrief.model.ContainerDate.Kind.FEED_ENTRY));
  }

  @Test
  void reportsTruncatedAndHostileFeeds() throws IOException {
    Path truncated =
        Files.writeString(dir.resolve("cut.xml"), "<?xml version=\"1.0\"?><rss><channel><item>");
    Path doctype =
        Files.writeString(
            dir.resolve("xxe.rss"),
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<description>d</description></item></channel></rss>");

    IngestResult result = new FileIngester().ingest(List.of(truncated, doctype));

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::input)
        .containsExactly(truncated.toString(), doctype.toString());
    assertThat(result.problems().get(0).message()).startsWith("not well-formed XML at line 1");
    assertThat(result.problems().get(1).message()).startsWith("feed declares a DOCTYPE");
  }

  @Test
  void readsBylineAndLanguageFromJsonLines() {
    RawDocument byline =
        JsonlRecords.parse(
            "a.jsonl:1",
            "{\"text\": \"Body.\", \"byline\": \"Jane Doe\", \"language\": \"en-US\"}");
    RawDocument author =
        JsonlRecords.parse("a.jsonl:2", "{\"text\": \"Body.\", \"author\": \"John Roe\"}");

    assertThat(byline.byline()).isEqualTo("Jane Doe");
    assertThat(byline.language()).isEqualTo("en-US");
    assertThat(author.byline()).isEqualTo("John Roe");
    assertThat(author.language()).isNull();
  }

  @Test
  void decodesAFeedInTheEncodingItsXmlDeclarationNames() {
    String rss =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
            + "<title>Z\u00fcrcher Zeitung</title><item><title>Caf\u00e9 closes</title>"
            + "<author>Ren\u00e9 M\u00fcller</author>"
            + "<description>The caf\u00e9 in Z\u00fcrich closed.</description></item></channel></rss>";
    byte[] latin1 = rss.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    RawDocument entry = FeedEntries.read("feed.xml", latin1).get(0);

    assertThat(entry.title()).isEqualTo("Caf\u00e9 closes");
    assertThat(entry.outlet()).isEqualTo("Z\u00fcrcher Zeitung");
    assertThat(entry.content()).contains("Z\u00fcrich");
    assertThat(entry.byline()).isEqualTo("Ren\u00e9 M\u00fcller");
  }

  @Test
  void aDeclaredSingleByteEncodingIsNotMistakenForWindows1252() {
    String rss =
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
            + "<title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title><item>"
            + "<title>\u041c\u043e\u0441\u043a\u0432\u0430</title>"
            + "<description>\u0422\u0435\u043a\u0441\u0442.</description></item></channel></rss>";
    byte[] cp1251 = rss.getBytes(java.nio.charset.Charset.forName("windows-1251"));

    RawDocument entry = FeedEntries.read("feed.xml", cp1251, "application/rss+xml").get(0);

    assertThat(entry.title()).isEqualTo("\u041c\u043e\u0441\u043a\u0432\u0430");
    assertThat(entry.outlet()).isEqualTo("\u041d\u043e\u0432\u043e\u0441\u0442\u0438");
  }

  @Test
  void aCharsetInTheContentTypeOutranksTheXmlDeclaration() {
    String rss =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
            + "<title>T</title><item><title>Caf\u00e9 \u2014 closes</title>"
            + "<description>Body.</description></item></channel></rss>";
    byte[] utf8 = rss.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    RawDocument entry =
        FeedEntries.read("feed.xml", utf8, "application/rss+xml; charset=UTF-8").get(0);

    assertThat(entry.title()).isEqualTo("Caf\u00e9 \u2014 closes");
  }
}
