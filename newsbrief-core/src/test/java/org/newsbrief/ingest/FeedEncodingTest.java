package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local feeds are decoded as XML is: byte order mark, then the first bytes, then the declaration.
 * Some fixtures are feedparser's conformance feeds (BSD licence beside them).
 */
class FeedEncodingTest {
  private static final String FEED =
      "<?xml version=\"1.0\" encoding=\"%s\"?><rss version=\"2.0\"><channel><title>Kathimerini"
          + "</title><item><title>%s</title><description>%s</description></item></channel></rss>";
  private static final String GREEK =
      "\u0391\u03b8\u03ae\u03bd\u03b1 \u03c3\u03ae\u03bc\u03b5\u03c1\u03b1";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "ISO-8859-7", "windows-1253"})
  void readsTheEncodingTheFeedDeclaresWithOrWithoutAMark(String name) throws IOException {
    Charset charset = Charset.forName(name);
    String label =
        name.startsWith("UTF-16") ? "UTF-16" : name.startsWith("UTF-32") ? "UTF-32" : name;
    String xml =
        String.format(
            FEED, label, GREEK, GREEK + " \u03ba\u03b1\u03b9 \u03b1\u03cd\u03c1\u03b9\u03bf.");
    for (boolean mark : new boolean[] {false, true}) {
      if (mark && !name.startsWith("UTF")) {
        continue;
      }
      Path file =
          Files.write(
              dir.resolve(name + mark + ".xml"), ((mark ? "\uFEFF" : "") + xml).getBytes(charset));

      IngestResult result = new Ingester().ingest(List.of(file.toString()));

      assertThat(result.problems()).as(name + " mark=" + mark).isEmpty();
      assertThat(result.documents().get(0).title()).isEqualTo(GREEK);
    }
  }

  @Test
  void feedparserConformanceFeedsGetTheRightReason() throws IOException {
    assertThat(read("euc-kr-item.xml").documents().get(0).content()).isEqualTo("\ub144");
    assertThat(error("utf-16le-autodetect.xml"))
        .isEqualTo("RSS feed has no <channel>, so no entries");
    assertThat(error("utf-32be-bom.xml")).isEqualTo("RSS feed has no <channel>, so no entries");
    assertThat(error("u16.xml")).isEqualTo("RSS feed has no <channel>, so no entries");
    assertThat(error("rss_version_20.xml")).isEqualTo("RSS feed has no <channel>, so no entries");
    assertThat(error("item_title.xml"))
        .isEqualTo("a CDF channel (Microsoft Channel Definition Format), not an RSS or Atom feed");
  }

  @Test
  void notWellFormedSaysWhere() throws IOException {
    Path file =
        Files.writeString(dir.resolve("bad.rss"), "<rss version=\"2.0\">\n<channel><item>\n</rss>");

    String error = new Ingester().ingest(List.of(file.toString())).report().inputs().get(0).error();

    assertThat(error).startsWith("not well-formed XML at line 3, column ");
  }

  private IngestResult read(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("feedparser/" + name), name)) {
      Files.write(file, in.readAllBytes());
    }
    return new Ingester().ingest(List.of(file.toString()));
  }

  private String error(String name) throws IOException {
    return String.valueOf(read(name).report().inputs().get(0).error());
  }
}
