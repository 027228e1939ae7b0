package org.newsbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * What reading one input gave so far: its documents, its problems and how many records it skipped.
 * Readers add to it as they go, so whatever was read before a failure is kept. With a sink, each
 * document goes to the sink as soon as it is read and only its count is kept here.
 */
final class InputOutcome {
  private final String input;
  private final InputKind kind;
  private final @Nullable Consumer<RawDocument> sink;
  private final List<RawDocument> documents = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int read;
  private int skipped;
  private @Nullable String firstMessage;

  InputOutcome(String input, InputKind kind) {
    this(input, kind, null);
  }

  InputOutcome(String input, InputKind kind, @Nullable Consumer<RawDocument> sink) {
    this.input = input;
    this.kind = kind;
    this.sink = sink;
  }

  String input() {
    return input;
  }

  /** Takes one document, with its control characters removed ({@link ControlCharacters}). */
  void add(RawDocument given) {
    RawDocument document = ControlCharacters.strip(given);
    read++;
    if (sink == null) {
      documents.add(document);
    } else {
      sink.accept(document);
    }
  }

  /** How many documents were read from this input, whether kept here or handed to the sink. */
  int count() {
    return read;
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
            : read == 0 ? IngestReport.Status.FAILED : IngestReport.Status.PARTIAL;
    return new IngestReport.Input(input, kind, status, read, skipped, firstError());
  }

  private @Nullable String firstError() {
    if (firstMessage == null || problems.size() == 1) {
      return firstMessage;
    }
    return firstMessage + " (and " + (problems.size() - 1) + " more)";
  }
}
