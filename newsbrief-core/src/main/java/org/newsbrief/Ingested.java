package org.newsbrief;

import java.util.List;
import java.util.Objects;
import org.newsbrief.ingest.IngestReport;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;

/**
 * What {@link NewsBriefings#ingest} read and cleaned.
 *
 * @param report one line per input; documents the cleaner rejected count as skipped
 * @param articles the cleaned articles, one per distinct text, sorted by source
 * @param problems every input, line, record or document that gave no article, by name
 */
public record Ingested(IngestReport report, List<Article> articles, List<Problem> problems) {
  public Ingested {
    Objects.requireNonNull(report, "report");
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
