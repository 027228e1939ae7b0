package org.newsbrief.ingest;

import java.util.List;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * What ingesting a set of inputs produced.
 *
 * @param documents the documents that were read, in input order
 * @param problems the inputs that could not be read
 */
public record IngestResult(List<RawDocument> documents, List<Problem> problems) {
  public IngestResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
