package org.newsbrief.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsbrief.BriefingOptions;
import org.newsbrief.cluster.StoryBatches;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Story;
import scala.Tuple2;

/**
 * Groups articles into stories with the single-machine incremental clusterer. Articles stream to
 * the driver in publication order one partition at a time ({@code toLocalIterator}), so the driver
 * holds one partition, the clusterer's bounded window (a closed story is final: its members are
 * recorded and it is dropped) and the (article id, story id) pairs, never the corpus' texts; the
 * open stories are refined when the stream ends, as in the single-machine batch mode (which, like
 * it, closes no story by the day window when the corpus fits the window of open stories); the
 * clusterer's inverted index keeps the cost per article flat, never comparing all pairs. Because it
 * is the same code over the same order, the stories equal those of a single-machine run. The
 * assignment is sequential: its rate on one driver core bounds the job's (see docs/notes/spark.md).
 */
final class StoryAssignment {
  private StoryAssignment() {}

  /**
   * Each article's story.
   *
   * @param pairs (story id, article), one per article
   * @param clusterNanos the driver's wall time inside the clusterer
   * @param clusterCpuNanos the driver thread's CPU time inside the clusterer
   */
  record Assigned(JavaPairRDD<String, Article> pairs, long clusterNanos, long clusterCpuNanos) {}

  /** Assigns every article to a story; the driver streams the articles through the clusterer. */
  static Assigned assign(
      JavaSparkContext spark, JavaRDD<Article> articles, BriefingOptions options) {
    JavaRDD<Article> ordered =
        articles.sortBy(StoryAssignment::streamKey, true, articles.getNumPartitions());
    // a corpus that fits the window of open stories is clustered whole, as the batch mode does
    StoryClusterer clusterer =
        new StoryClusterer(StoryBatches.forBatch(options.stories(), articles.count()), null);
    List<Tuple2<String, String>> assignments = new ArrayList<>();
    Iterator<Article> stream = ordered.toLocalIterator();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long clusterNanos = 0;
    long clusterCpuNanos = 0;
    while (stream.hasNext()) {
      Article article = stream.next();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      clusterer.add(article);
      // a closed story is final: record its members and let it go
      List<Story> closed = clusterer.takeClosed();
      clusterCpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
      clusterNanos += System.nanoTime() - start;
      record(closed, assignments);
    }
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    // the open stories are refined at the end, exactly as the single-machine batch mode does
    List<Story> last = clusterer.finish();
    clusterCpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
    clusterNanos += System.nanoTime() - start;
    record(last, assignments);
    JavaPairRDD<String, String> storyOf = spark.parallelizePairs(assignments);
    JavaPairRDD<String, Article> pairs =
        articles
            .mapToPair(a -> new Tuple2<>(a.id(), a))
            .join(storyOf)
            .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()));
    return new Assigned(pairs, clusterNanos, clusterCpuNanos);
  }

  private static void record(List<Story> stories, List<Tuple2<String, String>> assignments) {
    for (Story story : stories) {
      for (String article : story.articles()) {
        assignments.add(new Tuple2<>(article, story.id()));
      }
    }
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
