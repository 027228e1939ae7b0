package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.summarize.Summarizer;

class ModelLoadingTest {
  @TempDir Path dir;

  private final AtomicInteger asked = new AtomicInteger();
  private final Supplier<Preload<Summarizer>> models =
      () -> {
        asked.incrementAndGet();
        return DefaultModels.summarizer();
      };

  @Test
  void readingCleaningAndClusteringLoadNoBriefingModel() throws IOException {
    Path page = article("talks.html", "Talks resume in Vienna");
    NewsBriefings newsbrief = new NewsBriefings(BriefingOptions.defaults(), models);

    newsbrief.ingest(List.of(page.toString()));
    newsbrief.stories(List.of(page));
    newsbrief.extract(newsbrief.read(List.of(page.toString()), defaults()).documents().get(0));

    assertThat(asked).hasValue(0);
  }

  @Test
  void aBriefingAsksForTheModelsBeforeItReadsItsInputs() throws IOException {
    NewsBriefings newsbrief = new NewsBriefings(BriefingOptions.defaults(), models);

    newsbrief.briefInputs(List.of(dir.resolve("missing.html").toString()));
    assertThat(asked.get()).isPositive();

    int before = asked.get();
    newsbrief.briefStories(List.of(article("talks.html", "Talks resume in Vienna")));
    assertThat(asked.get()).isGreaterThan(before);
  }

  private static org.newsbrief.ingest.IngestOptions defaults() {
    return org.newsbrief.ingest.IngestOptions.defaults();
  }

  private Path article(String name, String title) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        "<html><head><title>"
            + title
            + "</title></head><body><article><p>The talks resumed in Vienna on Thursday,"
            + " officials said, after a week of delays.</p><p>Delegates met for six hours and"
            + " agreed to meet again on Friday, a spokesman said.</p></article></body></html>");
  }
}
