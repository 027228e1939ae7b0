package org.newsbrief.ingest;

import java.util.List;
import java.util.Objects;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * What ingesting a set of inputs produced.
 *
 * @param documents the documents that were read, in input order
 * @param problems every input, line or record that could not be read, by name
 * @param report one line per input: its kind, status and counts
 */
public record IngestResult(
    List<RawDocument> documents, List<Problem> problems, IngestReport report) {
  public IngestResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    Objects.requireNonNull(report, "report");
  }
}
