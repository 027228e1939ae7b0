package org.newsbrief.store;

import java.util.HashMap;
import java.util.Map;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.model.Article;

/**
 * Files each new article under a story with the incremental {@link StoryClusterer}. The clusterer
 * lives in memory, so a store reopened for writing first replays its articles in the order they
 * were stored; the story ids already on disk stay as they are. Not thread-safe: the store calls it
 * under its write lock.
 */
final class StoryAssigner {
  /** Never finished, so it keeps no member vectors for refinement. */
  private final StoryClusterer clusterer =
      new StoryClusterer(org.newsbrief.cluster.StoryOptions.defaults().withRefinement(0), null);

  private final Map<String, String> storyOfCluster = new HashMap<>();

  /** An assigner that has replayed every article of {@code reader}, in stored order. */
  static StoryAssigner replaying(org.apache.lucene.index.IndexReader reader)
      throws java.io.IOException {
    java.util.TreeMap<Long, String[]> stored = new java.util.TreeMap<>();
    java.util.Set<String> fields =
        java.util.Set.of(Schema.SEQUENCE, Schema.STORY, Schema.TITLE, Schema.BODY);
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.StoredFields docs = leaf.reader().storedFields();
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live == null || live.get(i)) {
          org.apache.lucene.document.Document d = docs.document(i, fields);
          stored.put(
              d.getField(Schema.SEQUENCE).numericValue().longValue(),
              new String[] {
                d.get(Schema.TITLE) + "\n\n" + d.get(Schema.BODY), d.get(Schema.STORY)
              });
        }
      }
    }
    StoryAssigner assigner = new StoryAssigner();
    stored.forEach((sequence, v) -> assigner.replay("stored-" + sequence, v[0], v[1]));
    return assigner;
  }

  /** Replays one stored article that was filed under {@code story}. */
  void replay(String id, String text, String story) {
    storyOfCluster.putIfAbsent(clusterer.add(id, "", null, text), story);
  }

  /** The story for a new article: an existing one, or a new one named after the article. */
  String assign(Article article) {
    return storyOfCluster.computeIfAbsent(clusterer.add(article), k -> article.id());
  }

  static String text(Article article) {
    return article.title() + "\n\n" + article.body();
  }
}
