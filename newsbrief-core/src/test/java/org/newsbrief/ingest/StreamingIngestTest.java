package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsbrief.ingest.IngestReport.Status;
import org.newsbrief.model.RawDocument;

class StreamingIngestTest {
  @TempDir Path dir;

  @Test
  void handsEachDocumentToTheSinkInInputOrderAndKeepsNone() throws IOException {
    Path warc = WarcFixture.write(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    Path text = Files.writeString(dir.resolve("note.txt"), "A plain article about the talks.");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    List<String> seen = new ArrayList<>();

    IngestResult result =
        new Ingester()
            .ingest(
                List.of(warc.toString(), empty.toString(), text.toString()),
                d -> seen.add(d.source()));

    assertThat(seen).containsExactly(warc + "#2", warc + "#5", text.toString());
    assertThat(result.documents()).isEmpty();
    assertThat(result.report().inputs())
        .extracting(IngestReport.Input::documents, IngestReport.Input::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, Status.OK),
            org.assertj.core.groups.Tuple.tuple(0, Status.FAILED),
            org.assertj.core.groups.Tuple.tuple(1, Status.OK));
    assertThat(result.problems()).extracting(p -> p.input()).containsExactly(empty.toString());
  }

  @Test
  void readsTheSameDocumentsWithAndWithoutASink() throws IOException {
    Path warc = WarcFixture.write(dir.resolve("crawl.warc"), WarcCompression.NONE);
    List<RawDocument> streamed = new ArrayList<>();

    IngestResult kept = new Ingester().ingest(List.of(warc.toString()));
    IngestResult passed = new Ingester().ingest(List.of(warc.toString()), streamed::add);

    assertThat(streamed).isEqualTo(kept.documents());
    assertThat(passed.report()).isEqualTo(kept.report());
  }

  @Test
  void aFailingSinkStopsTheRunAfterWhatItAccepted() throws IOException {
    Path first = Files.writeString(dir.resolve("a.txt"), "First article text.");
    Path second = Files.writeString(dir.resolve("b.txt"), "Second article text.");
    List<String> accepted = new ArrayList<>();

    assertThatThrownBy(
            () ->
                new Ingester()
                    .ingest(
                        List.of(first.toString(), second.toString()),
                        d -> {
                          if (!accepted.isEmpty()) {
                            throw new IllegalStateException("store is full");
                          }
                          accepted.add(d.source());
                        }))
        .hasMessage("store is full");
    assertThat(accepted).containsExactly(first.toString());
  }
}
