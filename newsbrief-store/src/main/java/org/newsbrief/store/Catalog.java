package org.newsbrief.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * What one point-in-time view of the index holds, listed in memory: every article's id, story,
 * title, outlet and date, in the order the articles were stored, and the stories they form.
 */
final class Catalog {
  private static final Set<String> LISTED =
      Set.of(
          Schema.ID,
          Schema.SEQUENCE,
          Schema.STORY,
          Schema.TITLE,
          Schema.OUTLET,
          Schema.PUBLISHED,
          Schema.ADDED);

  record Entry(
      long sequence,
      String id,
      String story,
      String title,
      @Nullable String outlet,
      @Nullable LocalDate published,
      long added) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, StorySummary> stories = new LinkedHashMap<>();

  private Catalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> members = new LinkedHashMap<>();
    for (Entry e : this.entries) {
      byId.put(e.id(), e);
      members.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
    }
    members.forEach((story, list) -> stories.put(story, summary(story, list)));
  }

  static Catalog of(IndexReader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields fields = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          entries.add(entry(fields.document(doc, LISTED)));
        }
      }
    }
    entries.sort(Comparator.comparingLong(Entry::sequence));
    return new Catalog(entries);
  }

  private static Entry entry(Document d) {
    String published = d.get(Schema.PUBLISHED);
    return new Entry(
        d.getField(Schema.SEQUENCE).numericValue().longValue(),
        d.get(Schema.ID),
        d.get(Schema.STORY),
        d.get(Schema.TITLE),
        d.get(Schema.OUTLET),
        published == null ? null : LocalDate.parse(published),
        d.getField(Schema.ADDED) == null
            ? -1
            : d.getField(Schema.ADDED).numericValue().longValue());
  }

  private static StorySummary summary(String story, List<Entry> list) {
    TreeSet<String> outlets = new TreeSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Entry e : list) {
      if (e.outlet() != null) {
        outlets.add(e.outlet());
      }
      if (e.published() != null) {
        dates.add(e.published());
      }
    }
    return new StorySummary(
        story,
        list.get(0).title(),
        list.stream().map(Entry::id).toList(),
        List.copyOf(outlets),
        dates.isEmpty() ? null : dates.first(),
        dates.isEmpty() ? null : dates.last());
  }

  List<Entry> entries() {
    return entries;
  }

  /** The ids of {@code story}'s articles stored after {@code millis}, in stored order. */
  List<String> addedSince(String story, long millis) {
    List<String> ids = new ArrayList<>();
    for (Entry e : entries) {
      if (e.story().equals(story) && e.added() > millis) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  @Nullable Entry entry(String id) {
    return byId.get(id);
  }

  long nextSequence() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence() + 1;
  }

  /** Stories, biggest first, then most recently started. */
  List<StorySummary> stories() {
    List<StorySummary> list = new ArrayList<>(stories.values());
    java.util.Collections.reverse(list);
    list.sort(Comparator.comparingInt((StorySummary s) -> s.articles().size()).reversed());
    return list;
  }

  @Nullable StorySummary story(String id) {
    return stories.get(id);
  }

  /** A searcher that carries the catalog of the reader it searches. */
  static final class Searcher extends IndexSearcher {
    final Catalog catalog;

    Searcher(IndexReader reader) throws IOException {
      super(reader);
      this.catalog = Catalog.of(reader);
    }
  }

  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous)
        throws IOException {
      return new Searcher(reader);
    }
  }
}
