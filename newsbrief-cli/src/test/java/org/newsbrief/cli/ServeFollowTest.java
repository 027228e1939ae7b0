package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.follow.FollowOptions;
import org.newsbrief.store.ArticleStore;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServeFollowTest {
  @TempDir Path dir;

  @Test
  void aMissingStoreIsServedEmpty() throws IOException {
    Path missing = dir.resolve("not-yet");
    try (ArticleStore store = ServeCommand.openForReading(missing)) {
      assertThat(store.size()).isZero();
      assertThat(store.stories()).isEmpty();
    }
  }

  @Test
  void followsFeedsOnItsOwnThreadAndStopsWhenClosed() throws Exception {
    Path feed = dir.resolve("wire.rss");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\"?><rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            + "<title>Wire</title><item><title>Ceasefire talks in Geneva</title>"
            + "<guid isPermaLink=\"false\">g1</guid>"
            + "<content:encoded><![CDATA[<p>Ministers gathered in Geneva on Friday to discuss the"
            + " ceasefire, a spokesman said.</p><p>The talks are expected to last three"
            + " days.</p>]]></content:encoded></item></channel></rss>");
    StringWriter err = new StringWriter();
    try (ArticleStore store = ArticleStore.open(dir.resolve("s"))) {
      try (ServeFollow follow =
          new ServeFollow(
              store,
              FollowOptions.defaults().every("1h"),
              List.of(feed.toString()),
              new PrintWriter(err, true))) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (store.size() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.stories()).hasSize(1);
      }
    }
    assertThat(err.toString()).contains("poll 1: 1 feeds read, 0 failed, 1 new articles");
  }
}
