package org.newsbrief.store;

import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Quote;

/** The index layout: one Lucene document per article, its fields and how each is analysed. */
final class Schema {
  static final String ID = "id";
  static final String SEQUENCE = "seq";
  static final String STORY = "story";
  static final String TITLE = "title";
  static final String BODY = "body";

  /** Unstemmed words of the title and body, only for expanding prefix queries ("coordinat*"). */
  static final String TITLE_WORDS = "title_words";

  static final String BODY_WORDS = "body_words";
  static final String OUTLET = "outlet";
  static final String OUTLET_NAME = "outlet_name";
  static final String PUBLISHED = "published";
  static final String DAY = "day";
  static final String ENTITY = "entity";
  static final String SPEAKER = "speaker";
  static final String JSON = "json";

  /** When the article was stored (epoch milliseconds); absent in stores written before it. */
  static final String ADDED = "added";

  /** English stemming for titles and bodies; lower-cased, accent-folded words for names. */
  static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          new EnglishAnalyzer(),
          Map.of(
              TITLE_WORDS,
              new WordAnalyzer(),
              BODY_WORDS,
              new WordAnalyzer(),
              OUTLET_NAME,
              new NameAnalyzer(),
              ENTITY,
              new NameAnalyzer(),
              SPEAKER,
              new NameAnalyzer()));

  private static final FieldType WORDS_TYPE = wordsType();

  private Schema() {}

  /** The field holding the unstemmed words of a stemmed text field. */
  static String wordsOf(String field) {
    return field + "_words";
  }

  private static FieldType wordsType() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS);
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static Document document(StoredArticle stored, long sequence, long addedMillis) {
    Article a = stored.article();
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StoredField(SEQUENCE, sequence));
    if (addedMillis >= 0) {
      doc.add(new StoredField(ADDED, addedMillis));
    }
    doc.add(new NumericDocValuesField(SEQUENCE, sequence));
    doc.add(new StringField(STORY, stored.story(), Field.Store.YES));
    doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    doc.add(new TextField(BODY, a.body(), Field.Store.YES));
    doc.add(new Field(TITLE_WORDS, a.title(), WORDS_TYPE));
    doc.add(new Field(BODY_WORDS, a.body(), WORDS_TYPE));
    if (a.outlet() != null) {
      doc.add(new StoredField(OUTLET, a.outlet()));
      doc.add(new TextField(OUTLET_NAME, a.outlet(), Field.Store.NO));
    }
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      doc.add(new StoredField(PUBLISHED, a.published().toString()));
      doc.add(new LongPoint(DAY, day));
      doc.add(new NumericDocValuesField(DAY, day));
    }
    TreeSet<String> names = new TreeSet<>();
    for (Entity e : stored.entities()) {
      names.add(e.name());
      names.addAll(e.aliases());
    }
    names.forEach(n -> doc.add(new TextField(ENTITY, n, Field.Store.NO)));
    TreeSet<String> speakers = new TreeSet<>();
    for (Quote q : stored.quotes()) {
      speakers.add(q.speaker().name());
      for (Entity e : stored.entities()) {
        if (e.id().equals(q.speaker().entity())) {
          speakers.add(e.name());
          speakers.addAll(e.aliases());
        }
      }
    }
    speakers.forEach(n -> doc.add(new TextField(SPEAKER, n, Field.Store.NO)));
    doc.add(new StoredField(JSON, ArticleCodec.write(stored)));
    return doc;
  }

  /** Words as the English analyser sees them before stop words and stemming. */
  static final class WordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(new EnglishPossessiveFilter(source));
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  /** Names: words lower-cased and accent-folded; values of one field never match as one phrase. */
  static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, result);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }
}
