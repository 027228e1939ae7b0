package org.newsbrief.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the WARC and ARC readers (plain and gzipped, chosen by the first byte): whatever the
 * bytes, reading ends with a report (documents, or problems that say what and where), never an
 * exception or a hang.
 */
class ArchiveFuzzTest {
  private static final String[] NAMES = {"f.warc", "f.warc.gz", "f.arc", "f.arc.gz"};

  @FuzzTest(maxDuration = "15m")
  void readsAnyArchive(FuzzedDataProvider data) {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    byte[] bytes = data.consumeRemainingAsBytes();
    Path dir;
    try {
      dir = Files.createTempDirectory("fuzz");
      Path file = Files.write(dir.resolve(name), bytes);
      try {
        InputOutcome outcome = new InputOutcome(file.toString(), InputKind.ARC);
        if (name.contains("warc")) {
          WarcRecords.read(file, 1 << 20, outcome);
        } else {
          ArcRecords.read(file, 1 << 20, outcome);
        }
        IngestReport.Input report = outcome.report();
        if (report.status() != IngestReport.Status.OK && report.error() == null) {
          throw new IllegalStateException("a failure without a reason");
        }
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
