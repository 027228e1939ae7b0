package org.newsbrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newsbrief.clean.Cleaner;
import org.newsbrief.ingest.IngestReport;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/** Cleans read documents into articles, turning each rejected one into a problem or report line. */
final class Cleaning {
  private final Cleaner cleaner;

  Cleaning(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * One document's article.
   *
   * @throws IllegalArgumentException when the document holds no usable article text
   */
  Article clean(RawDocument document) {
    return cleaner.clean(document);
  }

  /** The read documents cleaned, with a report line and a problem for each rejected one. */
  Ingested ingested(IngestResult ingested) {
    List<Problem> rejected = new ArrayList<>();
    List<Article> articles =
        all(ingested.documents(), (d, reason) -> rejected.add(new Problem(d.source(), reason)));
    IngestReport report = ingested.report();
    for (Problem p : rejected) {
      report = report.withRejected(p.input(), p.message());
    }
    List<Problem> problems = new ArrayList<>(ingested.problems());
    problems.addAll(rejected);
    return new Ingested(report, articles, problems);
  }

  /** Cleans each document, keeping the first article of each text, sorted by source. */
  List<Article> all(List<RawDocument> documents, BiConsumer<RawDocument, String> rejected) {
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RawDocument document : documents) {
      try {
        Article article = clean(document);
        if (ids.add(article.id())) {
          articles.add(article);
        }
      } catch (IllegalArgumentException e) {
        rejected.accept(document, String.valueOf(e.getMessage()));
      }
    }
    articles.sort(Comparator.comparing(Article::source));
    return articles;
  }
}
