package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.RawDocument;

/** NUL and other controls get one treatment, whether a raw byte or a JSON escape. */
class ControlCharactersTest {
  private static final String BODY =
      "Ministers met in Geneva on Friday to discuss the ceasefire, a spokesman said. ";

  @TempDir Path dir;

  @Test
  void aRawNulAndAnEscapedNulAreBothRemoved() throws IOException {
    Path text =
        Files.write(
            dir.resolve("a.txt"),
            ("Geneva\u0000 talks\u001b\n\n" + BODY.repeat(5)).getBytes(StandardCharsets.UTF_8));
    Path jsonl =
        Files.writeString(
            dir.resolve("b.jsonl"),
            "{\"title\":\"Geneva\\u0000 talks\\u001b\",\"text\":\"" + BODY + "\\u0000\"}\n");

    List<RawDocument> read =
        new Ingester().ingest(List.of(text.toString(), jsonl.toString())).documents();

    assertThat(read).hasSize(2);
    assertThat(read.get(0).content()).startsWith("Geneva talks\n").doesNotContain("\u0000");
    assertThat(read.get(1).title()).isEqualTo("Geneva talks");
    assertThat(read.get(1).content()).isEqualTo(BODY);
  }

  @Test
  void aFileOfControlBytesIsStillBinary() throws IOException {
    Path nul = Files.write(dir.resolve("z.txt"), new byte[4096]);
    Path mostly =
        Files.write(
            dir.resolve("y.txt"),
            ("ab\u0001\u0002\u0003\u0000").repeat(50).getBytes(StandardCharsets.UTF_8));

    IngestResult result = new Ingester().ingest(List.of(nul.toString(), mostly.toString()));

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.message())
        .containsExactly("file is binary, not text", "file is binary, not text");
  }
}
