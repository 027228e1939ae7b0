package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose files were overwritten is named as damaged, with the command that checks it. */
class DamagedStoreTest {
  @TempDir Path folder;

  @Test
  void aGarbledStoreIsNamedAsDamagedWithTheCheckCommand() throws IOException {
    try (ArticleStore store = ArticleStore.open(folder)) {
      store.add(List.of(Fixtures.talks(), Fixtures.strikes(), Fixtures.harvest()));
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(p -> !p.getFileName().toString().equals("write.lock")).toList();
    }
    for (Path file : files) {
      garble(file);
    }

    assertThatThrownBy(() -> ArticleStore.openReadOnly(folder).close())
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining("the store at " + folder + " is damaged")
        .hasMessageContaining("org.apache.lucene.index.CheckIndex " + folder);
    assertThatThrownBy(() -> ArticleStore.open(folder).close())
        .isInstanceOf(DamagedStoreException.class)
        .hasMessageContaining("is damaged");
  }

  /** Overwrites the middle third of {@code file} with 0xff bytes. */
  private static void garble(Path file) throws IOException {
    long size = Files.size(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      byte[] junk = new byte[(int) Math.max(1, size / 3)];
      java.util.Arrays.fill(junk, (byte) 0xff);
      channel.write(ByteBuffer.wrap(junk), size / 3);
    }
  }
}
