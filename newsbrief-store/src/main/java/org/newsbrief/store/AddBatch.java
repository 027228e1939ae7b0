package org.newsbrief.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexWriter;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/**
 * One call to {@link ArticleStore#add}: clean every document, skip the ids already stored (or
 * repeated), file the rest under stories in input order, analyse them in parallel and hand them to
 * the writer. The caller commits.
 */
final class AddBatch {
  private final ArticleAnalysis analysis;
  private final Catalog catalog;
  private final StoryAssigner stories;

  AddBatch(ArticleAnalysis analysis, Catalog catalog, StoryAssigner stories) {
    this.analysis = analysis;
    this.catalog = catalog;
    this.stories = stories;
  }

  AddResult write(List<RawDocument> documents, IndexWriter writer, long nowMillis)
      throws IOException {
    List<String> unchanged = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    List<RawDocument> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (RawDocument document : documents) {
      Article article;
      try {
        article = analysis.clean(document);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(document.source(), String.valueOf(e.getMessage())));
        continue;
      }
      ids.put(document.source(), article.id());
      if (catalog.entry(article.id()) != null || !seen.add(article.id())) {
        unchanged.add(article.id());
      } else {
        fresh.add(article);
        sources.add(document);
      }
    }
    List<String> story = new ArrayList<>();
    fresh.forEach(a -> story.add(stories.assign(a)));
    List<StoredArticle> analysed =
        IntStream.range(0, fresh.size())
            .parallel()
            .mapToObj(i -> analysis.analyze(fresh.get(i), sources.get(i).url(), story.get(i)))
            .toList();
    List<String> added = new ArrayList<>();
    long sequence = catalog.nextSequence();
    for (StoredArticle stored : analysed) {
      writer.addDocument(Schema.document(stored, sequence++, nowMillis));
      added.add(stored.id());
    }
    return new AddResult(added, unchanged, problems, ids);
  }
}
