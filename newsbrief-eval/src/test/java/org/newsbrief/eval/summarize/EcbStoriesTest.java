package org.newsbrief.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbStoriesTest {
  @Test
  void groupsDocumentsByGoldStoryInFileOrderWithTheirIds(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("gold.tsv"),
        "id\tstory\ttopic\n" + "d1\t1_ecb\t1\n" + "d2\t1_ecbplus\t1\n" + "d3\t1_ecb\t1\n");
    Files.writeString(
        dir.resolve("docs.jsonl"),
        "{\"id\": \"d1\", \"text\": \"One.\"}\n"
            + "{\"id\": \"d2\", \"text\": \"Two.\"}\n"
            + "\n"
            + "{\"id\": \"d3\", \"text\": \"Three.\"}\n"
            + "{\"id\": \"d9\", \"text\": \"No story.\"}\n");

    Map<String, EcbStories> stories = EcbStories.read(dir);

    assertThat(stories).containsOnlyKeys("1_ecb", "1_ecbplus");
    assertThat(stories.get("1_ecb").docIds()).containsExactly("d1", "d3");
    assertThat(stories.get("1_ecb").cluster().articles()).isEqualTo(List.of("One.", "Three."));
    assertThat(stories.get("1_ecbplus").cluster().id()).isEqualTo("1_ecbplus");
  }
}
