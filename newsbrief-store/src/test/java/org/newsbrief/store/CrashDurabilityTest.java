package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingesting process with SIGKILL and checks that nothing acknowledged is lost. */
class CrashDurabilityTest {
  private static final int ACKS_BEFORE_KILL = 8;

  @TempDir Path dir;

  @Test
  void aKilledIngestLosesNothingAcknowledgedAndLeavesACleanIndex() throws Exception {
    List<String> acked = new ArrayList<>();
    acked.addAll(ingestThenKill(0));
    acked.addAll(ingestThenKill(1000));

    try (FSDirectory directory = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (String id : acked) {
        assertThat(store.get(id)).as("acknowledged article %s", id).isPresent();
      }
      assertThat(store.size()).isGreaterThanOrEqualTo(acked.size());
      assertThat(store.add(List.of(Fixtures.numbered(5000))).added()).hasSize(1);
    }
  }

  /**
   * Starts the loop, reads acknowledgements, then kills the process without warning (SIGKILL).
   * Acknowledgements printed after the last one read are not checked: the kill closes the pipe.
   */
  private List<String> ingestThenKill(int start) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                IngestLoop.class.getName(),
                dir.toString(),
                Integer.toString(start))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acked.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acked.add(line.substring(4));
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked)
        .as("acknowledgements before the kill")
        .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    return acked;
  }
}
