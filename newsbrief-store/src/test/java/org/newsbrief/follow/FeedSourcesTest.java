package org.newsbrief.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourcesTest {
  @TempDir Path dir;

  @Test
  void readsNestedOutlinesUrlsAndRelativeFilesOnce() throws IOException {
    Files.createDirectories(dir.resolve("feeds"));
    Path opml = dir.resolve("subs.xml");
    Files.writeString(
        opml,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>s</title></head><body>"
            + "<outline text=\"News\"><outline type=\"rss\" xmlUrl=\"https://a.example/rss\"/>"
            + "<outline xmlUrl=\"feeds/local.rss\"/></outline>"
            + "<outline text=\"folder without feed\"/>"
            + "<outline xmlUrl=\"https://a.example/rss\"/></body></opml>");

    FeedSources sources = FeedSources.of(List.of(opml.toString(), "https://b.example/atom"));

    assertThat(sources.problems()).isEmpty();
    assertThat(sources.feeds())
        .containsExactly(
            "https://a.example/rss",
            dir.resolve("feeds/local.rss").toAbsolutePath().toString(),
            "https://b.example/atom");
  }

  @Test
  void namesBrokenOpmlAndMissingFiles() throws IOException {
    Path broken = dir.resolve("broken.opml");
    Files.writeString(broken, "<opml><body><outline xmlUrl=\"x\"></body>");
    Path doctype = dir.resolve("doctype.opml");
    Files.writeString(
        doctype,
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<opml><body><outline xmlUrl=\"&x;\"/></body></opml>");
    Path empty = dir.resolve("empty.opml");
    Files.writeString(empty, "<opml><body><outline text=\"none\"/></body></opml>");

    FeedSources sources =
        FeedSources.of(
            List.of(broken.toString(), doctype.toString(), empty.toString(), "missing.rss"));

    assertThat(sources.feeds()).isEmpty();
    assertThat(sources.problems()).hasSize(4);
    assertThat(sources.problems().get(2).message()).contains("lists no feed");
    assertThat(sources.problems().get(3).message()).contains("no such file");
  }

  @Test
  void durationsAreANumberAndAUnit() {
    assertThat(PollInterval.parse("15m")).hasMinutes(15);
    assertThat(PollInterval.parse("2h")).hasHours(2);
    assertThat(PollInterval.parse("1d")).hasDays(1);
    assertThat(PollInterval.parse("90s")).hasSeconds(90);
    for (String bad : List.of("0m", "15", "m", "1.5h", "-1d", "15 minutes")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PollInterval.parse(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
