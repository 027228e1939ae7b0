package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.clean.NewsCleaner;

class OtherBuildTest {
  @Test
  void theOtherBuildGivesItsOwnCleaningClassesButSharesTheRecords() {
    assertThat(OtherBuild.ownClass("org.newsbrief.clean.NewsCleaner")).isTrue();
    assertThat(OtherBuild.ownClass("org.newsbrief.ingest.FileIngester")).isTrue();
    assertThat(OtherBuild.ownClass("org.newsbrief.model.Article")).isFalse();
    assertThat(OtherBuild.ownClass("org.newsbrief.clean.Cleaner")).isFalse();
    assertThat(OtherBuild.ownClass("org.jsoup.Jsoup")).isFalse();
  }

  @Test
  void thisBuildLoadedAgainReadsAPageAsThisBuildDoes() throws Exception {
    Path classes =
        Path.of(NewsCleaner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Function<String, String> other = OtherBuild.cleaner(classes);
    String page =
        "<html><body><article><p>The first paragraph of a story long enough to be kept as the"
            + " article's text by every rule of the cleaner.</p><p>And a second one, also long"
            + " enough to be read as part of the story's main text.</p></article></body></html>";
    assertThat(other.apply(page))
        .isNotEmpty()
        .isEqualTo(ExtractTask.newsbrief(new NewsCleaner(), page));
  }

  @Test
  void aMissingBuildIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> OtherBuild.cleaner(dir.resolve("nothing")))
        .hasMessageContaining("nothing");
    assertThatThrownBy(() -> OtherBuild.cleaner(dir)).hasMessageContaining("NewsCleaner");
  }
}
