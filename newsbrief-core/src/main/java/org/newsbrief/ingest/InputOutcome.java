package org.newsbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * What reading one input gave so far: its documents, its problems and how many records it skipped.
 * Readers add to it as they go, so whatever was read before a failure is kept.
 */
final class InputOutcome {
  private final String input;
  private final InputKind kind;
  private final List<RawDocument> documents = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int skipped;
  private @Nullable String firstMessage;

  InputOutcome(String input, InputKind kind) {
    this.input = input;
    this.kind = kind;
  }

  String input() {
    return input;
  }

  void add(RawDocument document) {
    documents.add(document);
  }

  /** Records that the whole input, or what is left of it, could not be read. */
  void fail(String message) {
    problems.add(new Problem(input, message));
    firstMessage = firstMessage != null ? firstMessage : message;
  }

  /**
   * Records that one part could not be read.
   *
   * @param source names the part in the problem list ("a.jsonl:7")
   * @param label names the part in the report ("line 7")
   */
  void skipBad(String source, String label, String message) {
    skipped++;
    problems.add(new Problem(source, message));
    firstMessage = firstMessage != null ? firstMessage : label + ": " + message;
  }

  /** Counts one record left out by design (an image in an archive, an entry without text). */
  void skip() {
    skipped++;
  }

  List<RawDocument> documents() {
    return documents;
  }

  List<Problem> problems() {
    return problems;
  }

  IngestReport.Input report() {
    IngestReport.Status status =
        problems.isEmpty()
            ? IngestReport.Status.OK
            : documents.isEmpty() ? IngestReport.Status.FAILED : IngestReport.Status.PARTIAL;
    return new IngestReport.Input(input, kind, status, documents.size(), skipped, firstError());
  }

  private @Nullable String firstError() {
    if (firstMessage == null || problems.size() == 1) {
      return firstMessage;
    }
    return firstMessage + " (and " + (problems.size() - 1) + " more)";
  }
}
