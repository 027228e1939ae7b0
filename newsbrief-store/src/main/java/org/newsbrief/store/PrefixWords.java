package org.newsbrief.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A prefix query over a stemmed field. The stemmed terms rarely start with what a reader types
 * ("coordination" is indexed as "coordin", so "coordinat*" would find nothing), so the prefix is
 * looked up among the unstemmed words of the field, and each word found is stemmed as the index
 * stems it. The raw prefix on the stemmed terms is kept too, for stores written before the
 * unstemmed words were indexed.
 */
final class PrefixWords {
  /** The most distinct words one prefix expands to; the rest are left to the raw prefix. */
  static final int MAX_WORDS = 512;

  private final IndexReader reader;
  private final Analyzer analyzer;

  PrefixWords(IndexReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.analyzer = analyzer;
  }

  /** Articles whose {@code field} has a word starting with {@code prefix} (already normalised). */
  Query query(String field, String prefix) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new PrefixQuery(new Term(field, prefix)), Occur.SHOULD);
    List<BytesRef> stems = new ArrayList<>();
    for (String word : words(Schema.wordsOf(field), prefix)) {
      String stem = stem(field, word);
      if (stem != null && !stem.startsWith(prefix)) {
        stems.add(new BytesRef(stem));
      }
    }
    if (!stems.isEmpty()) {
      b.add(new TermInSetQuery(field, stems), Occur.SHOULD);
    }
    return b.build();
  }

  /** Up to {@link #MAX_WORDS} distinct words of {@code field} starting with {@code prefix}. */
  TreeSet<String> words(String field, String prefix) {
    TreeSet<String> out = new TreeSet<>();
    BytesRef start = new BytesRef(prefix);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum e = terms.iterator();
        if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef t = e.term(); t != null && out.size() < MAX_WORDS; t = e.next()) {
          String word = t.utf8ToString();
          if (!word.startsWith(prefix)) {
            break;
          }
          out.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The one term {@code word} becomes in {@code field}, or null if it is dropped (stop word). */
  private @org.jspecify.annotations.Nullable String stem(String field, String word) {
    try (TokenStream ts = analyzer.tokenStream(field, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : null;
      boolean more = ts.incrementToken();
      ts.end();
      return more ? null : out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
