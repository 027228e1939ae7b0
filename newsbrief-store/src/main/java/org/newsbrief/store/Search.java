package org.newsbrief.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/** Runs one search: relevance order for free text, otherwise newest first, then snippets. */
final class Search {
  private static final Set<String> SHOWN =
      Set.of(Schema.ID, Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED, Schema.STORY);

  private Search() {}

  /** The stored article with id {@code id}, if any. */
  static java.util.Optional<StoredArticle> byId(IndexSearcher searcher, String id)
      throws IOException {
    TopDocs top =
        searcher.search(
            new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.ID, id)),
            1);
    if (top.scoreDocs.length == 0) {
      return java.util.Optional.empty();
    }
    String json = searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.JSON);
    return java.util.Optional.of(ArticleCodec.read(java.util.Objects.requireNonNull(json, "json")));
  }

  static SearchResult run(IndexSearcher searcher, SearchQuery q) throws IOException {
    Query query = Queries.select(q, searcher.getIndexReader());
    TopDocs top;
    if (q.text() != null) {
      top = searcher.search(query, q.limit());
    } else {
      SortField day = new SortField(Schema.DAY, SortField.Type.LONG, true);
      day.setMissingValue(Long.MIN_VALUE);
      SortField sequence = new SortField(Schema.SEQUENCE, SortField.Type.LONG, true);
      top = searcher.search(query, q.limit(), new Sort(day, sequence));
    }
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    List<List<Highlight>> snippets =
        Snippets.of(searcher, Queries.highlight(q, searcher.getIndexReader()), docs);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc, SHOWN);
      String published = d.get(Schema.PUBLISHED);
      hits.add(
          new SearchHit(
              d.get(Schema.ID),
              d.get(Schema.TITLE),
              d.get(Schema.OUTLET),
              published == null ? null : LocalDate.parse(published),
              d.get(Schema.STORY),
              snippets.get(i)));
    }
    return new SearchResult(searcher.count(query), hits);
  }
}
