package org.newsbrief.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Article;
import org.newsbrief.model.Story;

/**
 * Regroups the store's open stories with the facade's {@link NewsBriefings#cluster}, the grouping
 * {@code newsbrief brief} and {@code stories} use (the clusterer's finish step included), so the
 * store shows the stories a briefing of the same articles would. A store of up to {@link
 * #WHOLE_STORE} articles is regrouped whole, so it holds exactly the stories {@code brief} finds in
 * it; a larger one regroups only its open stories, those with an article dated within {@link
 * #WINDOW_DAYS} days of the newest dated article or with an undated one (older stories keep their
 * grouping, and the cost of a poll does not grow with the store's past). Story ids follow {@link
 * StoryIds}; only articles whose story changed are rewritten. The caller commits.
 */
final class StoryRegroup {
  /** The clusterer's window: stories older than this are closed and left alone. */
  static final int WINDOW_DAYS = org.newsbrief.cluster.StoryOptions.defaults().windowDays();

  /** Up to this many articles, the whole store is regrouped at once. */
  static final int WHOLE_STORE = 20_000;

  private StoryRegroup() {}

  /** Rewrites the story of every open article whose story changed; returns how many changed. */
  static int run(Catalog.Searcher searcher, IndexWriter writer, NewsBriefings briefings)
      throws IOException {
    Catalog catalog = searcher.catalog;
    Set<String> open = catalog.entries().size() <= WHOLE_STORE ? null : openStories(catalog);
    List<Catalog.Entry> members = new ArrayList<>();
    for (Catalog.Entry e : catalog.entries()) {
      if (open == null || open.contains(e.story())) {
        members.add(e);
      }
    }
    if (members.isEmpty()) {
      return 0;
    }
    Map<String, StoredArticle> stored = new HashMap<>();
    Map<String, String> oldStory = new HashMap<>();
    Map<String, Long> order = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    for (Catalog.Entry e : members) {
      StoredArticle s = read(searcher, e.id());
      stored.put(e.id(), s);
      oldStory.put(e.id(), e.story());
      order.put(e.id(), e.sequence());
      articles.add(s.article());
    }
    List<List<String>> groups = new ArrayList<>();
    for (Story story : briefings.cluster(articles)) {
      List<String> ids = new ArrayList<>(story.articles());
      ids.sort(java.util.Comparator.comparing(order::get));
      groups.add(ids);
    }
    Set<String> taken = new HashSet<>();
    catalog.entries().forEach(e -> taken.add(e.story()));
    Map<String, String> story = StoryIds.assign(oldStory, groups, taken);
    int changed = 0;
    for (Catalog.Entry e : members) {
      String now = Objects.requireNonNull(story.get(e.id()), e.id());
      if (!now.equals(e.story())) {
        StoredArticle s = Objects.requireNonNull(stored.get(e.id()), e.id());
        StoredArticle moved =
            new StoredArticle(s.article(), s.url(), now, s.sentences(), s.entities(), s.quotes());
        writer.updateDocument(
            new Term(Schema.ID, e.id()), Schema.document(moved, e.sequence(), e.added()));
        changed++;
      }
    }
    return changed;
  }

  /** Stories with an article within the window of the newest date, or with an undated one. */
  static Set<String> openStories(Catalog catalog) {
    LocalDate newest = null;
    for (Catalog.Entry e : catalog.entries()) {
      if (e.published() != null && (newest == null || e.published().isAfter(newest))) {
        newest = e.published();
      }
    }
    Map<String, Boolean> open = new HashMap<>();
    for (Catalog.Entry e : catalog.entries()) {
      boolean recent =
          e.published() == null
              || newest == null
              || !e.published().isBefore(newest.minusDays(WINDOW_DAYS));
      open.merge(e.story(), recent, Boolean::logicalOr);
    }
    Set<String> out = new HashSet<>();
    open.forEach(
        (id, isOpen) -> {
          if (isOpen) {
            out.add(id);
          }
        });
    return out;
  }

  private static StoredArticle read(Catalog.Searcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    String json = searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.JSON);
    return ArticleCodec.read(Objects.requireNonNull(json, "json"));
  }
}
