package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsbrief.model.ContainerDate;

/**
 * Reads the HTML pages out of a WARC web archive, plain or gzipped, with jwarc (ARC files go to
 * {@link ArcRecords}). Only response records of status 200 holding {@code text/html} or {@code
 * application/xhtml+xml} become documents (source {@code file#N} for the N-th record, url the
 * record's target URI); other responses and resource records are counted as skipped, and request,
 * metadata and warcinfo records are passed over. The archive is streamed record by record, and a
 * payload over the size cap is skipped, so a large archive needs no more memory than its largest
 * page. A damaged record is reported with the byte where the damage is, and reading resumes at the
 * next record start ({@link ArchiveResync}), so the valid records after it are kept.
 *
 * <p>The WARC-Date is the capture time, not the publication date: it travels as the document's
 * {@link ContainerDate} (a capture date, the reference date of a page that states no date of its
 * own), never as its publication date.
 */
final class WarcRecords {
  private WarcRecords() {}

  static void read(Path file, long maxBytes, InputOutcome outcome) {
    long start = 0;
    int[] number = {0};
    try {
      while (start >= 0) {
        start = segment(file, start, maxBytes, outcome, number);
      }
    } catch (IOException e) {
      outcome.fail("cannot read file: " + FileIngester.describe(e));
      return;
    }
    if (outcome.count() == 0 && outcome.problems().isEmpty()) {
      outcome.fail("archive holds no HTML page with status 200");
    }
  }

  /**
   * Reads records from {@code start} until the end (returns -1) or damage (returns where reading
   * resumes, or -1 when nothing readable follows).
   */
  private static long segment(
      Path file, long start, long maxBytes, InputOutcome outcome, int[] number) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      channel.position(start);
      boolean compressed = false;
      long recordStart = start;
      boolean inHeader = true;
      try (WarcReader reader = new WarcReader(FileChannel.open(file).position(start))) {
        compressed = reader.compression() != WarcCompression.NONE;
        while (true) {
          inHeader = true;
          Optional<WarcRecord> next;
          try {
            next = reader.next();
          } catch (IOException | RuntimeException e) {
            recordStart = reader.position();
            throw e;
          }
          if (next.isEmpty()) {
            return -1;
          }
          number[0]++;
          inHeader = false;
          recordStart = next.get().position();
          String source = outcome.input() + "#" + number[0];
          readRecord(next.get(), source, number[0], maxBytes, outcome);
        }
      } catch (IOException | RuntimeException e) {
        int damaged = inHeader ? number[0] + 1 : Math.max(1, number[0]);
        number[0] = Math.max(number[0], damaged);
        ArchiveDamage damage = ArchiveDamage.of(damaged, recordStart, compressed, e);
        long resumed = ArchiveResync.next(channel, Math.max(start, recordStart), compressed);
        outcome.skipBad(
            outcome.input() + "#" + damaged, "record " + damaged, damage.message(resumed));
        return resumed;
      }
    }
  }

  private static void readRecord(
      WarcRecord record, String source, int number, long maxBytes, InputOutcome outcome)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      if (record.type().equals("resource")) {
        outcome.skip();
      }
      return;
    }
    if (!HttpPages.is(response.contentType(), "application/http")) {
      outcome.skip();
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      outcome.skipBad(source, "record " + number, "malformed HTTP response in the record");
      return;
    }
    ContainerDate captured =
        new ContainerDate(
            response.date().atZone(ZoneOffset.UTC).toLocalDate(), ContainerDate.Kind.CAPTURED);
    HttpPages.read(http, source, number, response.target(), captured, maxBytes, outcome);
  }
}
