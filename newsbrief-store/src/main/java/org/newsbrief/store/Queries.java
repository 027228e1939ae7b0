package org.newsbrief.store;

import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SearchQuery} into Lucene queries. Free text goes through the forgiving {@link
 * SimpleQueryParser} (never a syntax error); names match as phrases of their words, so "Obama"
 * finds "Barack Obama" but "Barack Obama" does not find "Michelle Obama".
 */
final class Queries {
  private static final QueryBuilder NAMES = new QueryBuilder(Schema.ANALYZER);

  private Queries() {}

  /** The query that selects the articles; prefixes expand over the words of {@code reader}. */
  static Query select(SearchQuery q, IndexReader reader) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (q.text() != null) {
      b.add(text(q.text(), reader), Occur.MUST);
      any = true;
    }
    any |= filter(b, Schema.ENTITY, q.entity());
    any |= filter(b, Schema.SPEAKER, q.speaker());
    any |= filter(b, Schema.OUTLET_NAME, q.outlet());
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.DAY, from, to), Occur.FILTER);
      any = true;
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (q.text() == null) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  /** The query whose words are marked in snippets: the free text, else the names asked for. */
  static Query highlight(SearchQuery q, IndexReader reader) {
    if (q.text() != null) {
      return text(q.text(), reader);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String name : new String[] {q.entity(), q.speaker()}) {
      if (name != null) {
        Query phrase = new QueryBuilder(Schema.ANALYZER).createPhraseQuery(Schema.BODY, name);
        if (phrase != null) {
          b.add(phrase, Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  private static Query text(String text, IndexReader reader) {
    SimpleQueryParser parser = new PrefixParser(new PrefixWords(reader, Schema.ANALYZER));
    parser.setDefaultOperator(Occur.MUST);
    Query parsed = parser.parse(text);
    return parsed == null ? new MatchNoDocsQuery() : parsed;
  }

  /** The forgiving parser, with prefixes that reach stemmed words (see {@link PrefixWords}). */
  private static final class PrefixParser extends SimpleQueryParser {
    private final PrefixWords words;

    PrefixParser(PrefixWords words) {
      super(Schema.ANALYZER, Map.of(Schema.TITLE, 2f, Schema.BODY, 1f));
      this.words = words;
    }

    @Override
    protected Query newPrefixQuery(String text) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        BytesRef prefix = getAnalyzer().normalize(field.getKey(), text);
        Query q = words.query(field.getKey(), prefix.utf8ToString());
        b.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
      }
      return simplify(b.build());
    }
  }

  private static boolean filter(BooleanQuery.Builder b, String field, @Nullable String name) {
    if (name == null) {
      return false;
    }
    Query phrase = NAMES.createPhraseQuery(field, name);
    b.add(phrase == null ? new MatchNoDocsQuery() : phrase, Occur.FILTER);
    return true;
  }
}
