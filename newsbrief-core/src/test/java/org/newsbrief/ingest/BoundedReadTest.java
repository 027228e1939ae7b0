package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Problem;

/** No input is read whole when it would not fit: it is named and the run goes on. */
class BoundedReadTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path dir;

  @AfterEach
  void unset() {
    MemoryBound.testBound = -1;
  }

  @Test
  void aFileOverTheMemoryBoundIsNamedAndTheOthersAreRead() throws IOException {
    MemoryBound.testBound = MIB;
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat((int) (MIB / 2)));
    Path good = Files.writeString(dir.resolve("good.txt"), "A real article.");

    IngestResult result =
        new Ingester(IngestOptions.defaults().withMaxBytes(2_000_000_000L))
            .ingest(List.of(big.toString(), good.toString()));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.problems()).extracting(Problem::input).containsExactly(big.toString());
    assertThat(result.problems().get(0).message())
        .startsWith("file of " + Files.size(big) + " bytes does not fit in memory: over 1048576");
  }

  @Test
  void aLargeSparseFileIsCalledBinaryFromItsFirstBytes() throws IOException {
    Path sparse = dir.resolve("z.txt");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(1024 * MIB);
    }

    long start = System.nanoTime();
    IngestResult result =
        new Ingester(IngestOptions.defaults().withMaxBytes(2_000_000_000L))
            .ingest(List.of(sparse.toString()));

    assertThat(result.problems().get(0).message()).isEqualTo("file is binary, not text");
    assertThat(System.nanoTime() - start).as("read only the head").isLessThan(5_000_000_000L);
  }

  @Test
  void aJsonlLineOverTheBoundIsSkippedByNumber() throws IOException {
    MemoryBound.testBound = MIB;
    String small = "{\"text\":\"A real article.\"}\n";
    String huge = "{\"text\":\"" + "x".repeat((int) MIB) + "\"}\n";
    Path jsonl =
        Files.write(
            dir.resolve("a.jsonl"), (small + huge + small).getBytes(StandardCharsets.UTF_8));

    IngestResult result = new Ingester().ingest(List.of(jsonl.toString()));

    assertThat(result.documents()).hasSize(2);
    assertThat(result.problems()).extracting(Problem::input).containsExactly(jsonl + ":2");
    assertThat(result.problems().get(0).message()).startsWith("line does not fit in memory");
  }
}
