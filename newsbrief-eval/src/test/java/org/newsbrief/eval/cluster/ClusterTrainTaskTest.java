package org.newsbrief.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.eval.EvalReport;

class ClusterTrainTaskTest {
  /** Two topics of two events of one kind each, told in the same words but for names, as ECB+. */
  private static final String[][] STORIES = {
    {"1_ecb", "1", "Quake", "Qeshm", "Hormozgan", "5.6"},
    {"1_ecbplus", "1", "Quake", "Zarand", "Kerman", "6.4"},
    {"2_ecb", "2", "Flood", "Lahore", "Punjab", "300"},
    {"2_ecbplus", "2", "Flood", "Sukkur", "Sindh", "120"}
  };

  private static Path corpus(Path dir) throws IOException {
    StringBuilder gold = new StringBuilder("id\tstory\ttopic\n");
    StringBuilder docs = new StringBuilder();
    int n = 0;
    for (String[] s : STORIES) {
      for (int i = 0; i < 4; i++) {
        String id = "d" + n++;
        gold.append(id).append('\t').append(s[0]).append('\t').append(s[1]).append('\n');
        String text =
            s[2]
                + " in "
                + s[3]
                + "\nA strong "
                + s[2].toLowerCase(java.util.Locale.ROOT)
                + " of size "
                + s[5]
                + " struck "
                + s[3]
                + " in "
                + s[4]
                + " province on Sunday, injuring villagers, state television said. Rescue workers"
                + " reached "
                + s[3]
                + " and officials counted the damaged homes (report "
                + n
                + ").";
        docs.append(new ObjectMapper().createObjectNode().put("id", id).put("text", text))
            .append('\n');
      }
    }
    Files.writeString(dir.resolve("gold.tsv"), gold);
    Files.writeString(dir.resolve("docs.jsonl"), docs);
    return dir;
  }

  @Test
  void writesAModelThatParsesAndItsManifest(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");

    EvalReport report =
        new ClusterTrainTask()
            .run(corpus(dir), Map.of("folds", "0", "train_orders", "1", "out", out.toString()));

    PairModel model = PairModel.parse(Files.readString(out.resolve("pair-model.tsv")));
    assertThat(model.format()).contains("join.body");
    assertThat(model.regrouping()).isNotNull();
    assertThat(NestedFolds.GROUPS).contains(model.regrouping().groupCosine());
    assertThat(report.system()).containsKey("select_cv_bcubed_f1");
    JsonNode manifest =
        new ObjectMapper().readTree(out.resolve("pair-model.manifest.json").toFile());
    assertThat(manifest.toString()).contains("newsbrief train cluster");
    assertThat(report.system()).containsEntry("documents", 16.0);
  }

  @Test
  void refusesOneFoldAndAMultiNewsFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("stories.jsonl"), "{}\n");

    assertThatThrownBy(() -> new ClusterTrainTask().run(corpus(dir), Map.of("folds", "1")))
        .hasMessageContaining("folds");
    assertThatThrownBy(() -> new ClusterTrainTask().run(file, Map.of()))
        .hasMessageContaining(file.toString());
  }
}
