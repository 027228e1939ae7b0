package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiblingTopicsTest {
  private static final List<List<String>> STORIES =
      List.of(
          List.of("Voters in Ohio elected a governor", "Ohio governor election results counted"),
          List.of("Earthquake shakes Lima in Peru", "Lima earthquake magnitude measured quake"),
          List.of("Voters in Texas elected a senator", "Texas senator election results counted"),
          List.of("Earthquake shakes Tokyo in Japan", "Tokyo earthquake magnitude measured quake"),
          List.of("A lone story left over", "Nothing like the others at all"));

  private static Map<String, String> storyOfDoc(List<LabelledDoc> docs) {
    return docs.stream().collect(Collectors.toMap(LabelledDoc::id, LabelledDoc::story));
  }

  @Test
  void pairsEachStoryWithItsNearestNeighbourAndDropsTheOddOneOut() {
    List<LabelledDoc> docs = SiblingTopics.paired("x", STORIES);

    Map<String, String> story = storyOfDoc(docs);
    assertThat(docs).hasSize(8);
    assertThat(Topics.topic(story.get("x-0-0"))).isEqualTo(Topics.topic(story.get("x-2-1")));
    assertThat(Topics.topic(story.get("x-1-0"))).isEqualTo(Topics.topic(story.get("x-3-0")));
    assertThat(Topics.topic(story.get("x-0-0"))).isNotEqualTo(Topics.topic(story.get("x-1-0")));
    assertThat(story.get("x-0-0")).isEqualTo(story.get("x-0-1")).isNotEqualTo(story.get("x-2-0"));
    assertThat(story).doesNotContainKey("x-4-0");
  }

  @Test
  void readsGzippedMultiNewsLinesWithTwoOrMoreArticlesUpToTheLimit(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("train.jsonl.gz");
    StringBuilder lines =
        new StringBuilder("{\"id\":\"solo\",\"articles\":[\"only one\",\" \"]}\n");
    for (List<String> s : STORIES) {
      lines
          .append("{\"id\":\"s\",\"articles\":[\"")
          .append(String.join("\",\"", s))
          .append("\"]}\n");
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    assertThat(SiblingTopics.read(file, 4)).hasSize(8);
    assertThat(SiblingTopics.read(file, 3)).hasSize(4);
    assertThatThrownBy(() -> SiblingTopics.read(dir.resolve("missing"), 4))
        .hasMessageContaining("missing");
  }

  @Test
  void extraTrainingAddsToOrReplacesTheTrainingArticles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("train.jsonl");
    StringBuilder lines = new StringBuilder();
    for (List<String> s : STORIES.subList(0, 2)) {
      lines.append("{\"articles\":[\"").append(String.join("\",\"", s)).append("\"]}\n");
    }
    Files.writeString(file, lines);
    ExtraTraining beside = ExtraTraining.of(Map.of("extra", file.toString()));
    ExtraTraining only = ExtraTraining.of(Map.of("extra", file.toString(), "extra_only", "true"));
    var train = LearnedModels.labelled(SiblingTopics.paired("t", STORIES.subList(2, 4)));

    assertThat(beside.with(train)).hasSize(8).containsAll(train);
    assertThat(only.with(train)).hasSize(4).doesNotContainAnyElementsOf(train);
    assertThat(beside.stories()).isEqualTo(2);
    assertThat(ExtraTraining.of(Map.of()).with(train)).isEqualTo(train);
    assertThatThrownBy(() -> ExtraTraining.of(Map.of("extra_only", "true")))
        .hasMessageContaining("extra=PATH");
  }

  @Test
  void namesTheFileAndLineOfAMultiNewsLineThatIsNotJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("stories.jsonl");
    Files.writeString(file, "{\"articles\": [\"a b\", \"c d\"]}\n\u0001not json\n");
    assertThatThrownBy(() -> SiblingTopics.read(file, 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 2");
  }
}
