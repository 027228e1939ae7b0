package org.newsbrief.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsbrief.BriefingOptions;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.model.Article;
import scala.Tuple2;

/**
 * Groups articles into stories with the single-machine incremental clusterer. Articles stream to
 * the driver in publication order one partition at a time ({@code toLocalIterator}), so the driver
 * holds one partition and the clusterer's bounded index, never the corpus; the clusterer's inverted
 * index keeps the cost per article flat, never comparing all pairs. Because it is the same code
 * over the same order, the stories equal those of a single-machine run.
 */
final class StoryAssignment {
  private StoryAssignment() {}

  /** Pairs of (story id, article), one per article. */
  static JavaPairRDD<String, Article> assign(
      JavaSparkContext spark, JavaRDD<Article> articles, BriefingOptions options) {
    JavaRDD<Article> ordered =
        articles.sortBy(StoryAssignment::streamKey, true, articles.getNumPartitions());
    // assignments are taken as made and the clusterer is never finished: no refinement
    StoryClusterer clusterer = new StoryClusterer(options.stories().withRefinement(0), null);
    List<Tuple2<String, String>> assignments = new ArrayList<>();
    Iterator<Article> stream = ordered.toLocalIterator();
    while (stream.hasNext()) {
      Article article = stream.next();
      assignments.add(new Tuple2<>(article.id(), clusterer.add(article)));
    }
    JavaPairRDD<String, String> storyOf = spark.parallelizePairs(assignments);
    return articles
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .join(storyOf)
        .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()));
  }

  /** The single-machine order: publication date, undated last, then source, then id. */
  static String streamKey(Article article) {
    LocalDate published = article.published();
    return (published == null ? "~" : published.toString())
        + "\u0000"
        + article.source()
        + "\u0000"
        + article.id();
  }
}
