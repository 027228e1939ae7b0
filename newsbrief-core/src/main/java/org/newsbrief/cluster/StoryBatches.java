package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Story;

/** Story clustering of a whole corpus at once, through the streaming {@link StoryClusterer}. */
public final class StoryBatches {
  private StoryBatches() {}

  /**
   * The options {@link #cluster} streams a batch of {@code articles} with: no day window when the
   * batch fits the window of open stories, else {@code options} (for a job that streams a known
   * number of articles and should group them as {@link #cluster} does).
   */
  public static StoryOptions forBatch(StoryOptions options, long articles) {
    return articles <= options.activeStories()
        ? options.withWindow(options.activeStories(), Integer.MAX_VALUE)
        : options;
  }

  /**
   * Clusters a whole corpus: sorts it by publication date (undated articles last, ties by source),
   * streams it, and returns the stories in the order they started. A corpus of at most {@link
   * StoryOptions#activeStories()} articles is clustered whole: no story is closed by the day window
   * (which bounds a stream's memory; the batch is in memory anyway), so one misdated or late
   * article cannot cut its story off before the finish merges it back; the time factor still weighs
   * gaps.
   */
  public static List<Story> cluster(
      List<Article> articles, StoryOptions options, @Nullable Embedder embedder) {
    StoryOptions batch = forBatch(options, articles.size());
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(
        Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::source)
            .thenComparing(Article::id));
    StoryClusterer clusterer = new StoryClusterer(batch, embedder);
    Map<String, Integer> started = new HashMap<>();
    for (Article a : sorted) {
      started.putIfAbsent(clusterer.add(a), started.size());
    }
    List<Story> stories = new ArrayList<>(clusterer.finish());
    stories.sort(Comparator.comparing(s -> started.getOrDefault(s.id(), Integer.MAX_VALUE)));
    return stories;
  }
}
