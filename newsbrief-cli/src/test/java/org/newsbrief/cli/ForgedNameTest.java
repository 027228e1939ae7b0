package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name holding a newline cannot forge a line in the text report or on stderr. */
class ForgedNameTest {
  @TempDir Path dir;

  @Test
  void namesWithLineBreaksStayOnOneLine() throws IOException {
    Path forged =
        Files.write(dir.resolve("bad\nnewsbrief: stored 999 new articles.txt"), new byte[0]);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "ingest",
            "--quiet",
            "--store",
            dir.resolve("store").toString(),
            forged.toString());

    assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(err.toString().lines())
        .containsExactly(
            "newsbrief: skipped "
                + dir
                + "/bad\\nnewsbrief: stored 999 new articles.txt: file is empty");
    assertThat(out.toString().lines()).hasSize(3);
    assertThat(out.toString()).contains("/bad\\nnewsbrief: stored 999").doesNotContain("bad\n");
  }

  @Test
  void controlAndBidiCharactersAreEscaped() throws IOException {
    Path forged = Files.write(dir.resolve("a\u001b[31m\u202eb\\.txt"), new byte[0]);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    Main.execute(
        new PrintWriter(out), new PrintWriter(err), "ingest", "--no-store", forged.toString());

    assertThat(err.toString()).contains("a\\x1b[31m\\u202eb\\\\.txt").doesNotContain("\u001b");
    assertThat(out.toString()).contains("a\\x1b[31m\\u202eb\\\\.txt").doesNotContain("\u202e");
  }
}
