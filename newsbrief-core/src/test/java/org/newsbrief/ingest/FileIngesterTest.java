package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.model.Problem;
import org.newsbrief.model.SourceFormat;

class FileIngesterTest {
  @TempDir Path dir;

  @Test
  void readsTextAndHtmlFromFoldersInSortedOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second article.");
    Files.writeString(dir.resolve("a.html"), "<p>First article.</p>");
    Files.writeString(dir.resolve("notes.pdf"), "ignored inside folders");

    IngestResult result = new FileIngester().ingest(List.of(dir));

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(d -> Path.of(d.source()).getFileName().toString())
        .containsExactly("a.html", "b.txt");
    assertThat(result.documents().get(0).format()).isEqualTo(SourceFormat.HTML);
  }

  @Test
  void reportsEachBadInputByNameAndKeepsTheGoodOnes() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "A real article.");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Path latin1 =
        Files.write(
            dir.resolve("latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.txt");
    Path unsupported = Files.writeString(dir.resolve("data.csv"), "a,b");

    IngestResult result =
        new FileIngester()
            .ingest(List.of(empty, blank, binary, latin1, missing, unsupported, good));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.documents().get(0).source()).isEqualTo(good.toString());
    assertThat(result.problems())
        .extracting(Problem::input, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(empty.toString(), "file is empty"),
            org.assertj.core.groups.Tuple.tuple(blank.toString(), "file holds only whitespace"),
            org.assertj.core.groups.Tuple.tuple(binary.toString(), "file is binary, not text"),
            org.assertj.core.groups.Tuple.tuple(latin1.toString(), "file is not valid UTF-8 text"),
            org.assertj.core.groups.Tuple.tuple(missing.toString(), "no such file or folder"),
            org.assertj.core.groups.Tuple.tuple(
                unsupported.toString(),
                "unsupported file type (expected .txt, .html, .htm, .jsonl, .rss, .atom, .xml,"
                    + " .warc, .warc.gz, .arc, .arc.gz or .urls)"));
  }

  @Test
  void refusesFilesOverTheSizeCap() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));

    IngestResult result = new FileIngester(1000).ingest(List.of(big));

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems().get(0).message()).contains("over the cap of 1000");
  }

  @Test
  void stripsAByteOrderMark() throws IOException {
    Path bom = Files.writeString(dir.resolve("bom.txt"), "\uFEFFHeadline");

    assertThat(new FileIngester().ingest(List.of(bom)).documents().get(0).content())
        .isEqualTo("Headline");
  }

  @Test
  void readsHtmlInTheCharsetItDeclaresAndRepairsUndeclaredOrFalseUtf8() throws IOException {
    Path declared =
        Files.write(
            dir.resolve("declared.html"),
            "<meta charset=\"iso-8859-1\"><p>Caf\u00e9 cr\u00e8me</p>"
                .getBytes(StandardCharsets.ISO_8859_1));
    Path undeclared =
        Files.write(
            dir.resolve("undeclared.html"),
            "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    Path falseUtf8 =
        Files.write(
            dir.resolve("false.html"),
            "<meta charset=utf-8><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    Path broken = Files.writeString(dir.resolve("broken.html"), "<p>Unclosed <b>bold <div><p>text");

    IngestResult result =
        new FileIngester().ingest(List.of(declared, undeclared, falseUtf8, broken));

    assertThat(result.documents()).hasSize(4);
    assertThat(result.documents().get(0).content()).contains("Caf\u00e9 cr\u00e8me");
    assertThat(result.documents().get(1).content()).contains("Caf\u00e9");
    assertThat(result.documents().get(2).content()).contains("Caf\u00e9").doesNotContain("\uFFFD");
    assertThat(result.documents().get(3).source()).isEqualTo(broken.toString());
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void reportsEveryFileOfAFolderWithItsKindStatusAndCounts() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A real article.");
    Files.writeString(
        dir.resolve("b.jsonl"), "{\"text\": \"One.\"}\n{oops\n{\"text\": \"Two.\"}\n");
    Files.write(dir.resolve("c.html"), new byte[0]);
    Path emptyFolder = Files.createDirectory(dir.resolve("nothing-here"));

    IngestResult result = new FileIngester().ingest(List.of(dir, emptyFolder));

    assertThat(result.report().inputs())
        .extracting(
            i -> Path.of(i.input()).getFileName().toString(),
            IngestReport.Input::kind,
            IngestReport.Input::status,
            IngestReport.Input::documents,
            IngestReport.Input::skipped)
        .containsExactly(
            tuple("a.txt", InputKind.TXT, IngestReport.Status.OK, 1, 0),
            tuple("b.jsonl", InputKind.JSONL, IngestReport.Status.PARTIAL, 2, 1),
            tuple("c.html", InputKind.HTML, IngestReport.Status.FAILED, 0, 0),
            tuple("nothing-here", InputKind.FOLDER, IngestReport.Status.FAILED, 0, 0));
    assertThat(result.report().inputs().get(1).error()).startsWith("line 2: not a JSON object");
    assertThat(result.report().inputs().get(2).error()).isEqualTo("file is empty");
    assertThat(result.documents()).hasSize(3);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
