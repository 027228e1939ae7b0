package org.newsbrief.spark;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;
import scala.Tuple2;

/**
 * The Spark job: inputs to cleaned articles (in parallel), articles to stories, stories to
 * briefings (in parallel), written under the output folder as {@code briefings.jsonl/}, {@code
 * briefings.parquet/}, {@code failures.jsonl/} and {@code report.json}.
 *
 * <pre>
 * spark-submit --class org.newsbrief.spark.BriefingJob newsbrief-spark.jar \
 *   --input s3a://bucket/news/*.jsonl --output s3a://bucket/briefings
 * </pre>
 */
public final class BriefingJob {
  private BriefingJob() {}

  /** Runs the job with the session spark-submit configures. */
  public static void main(String[] args) {
    JobOptions options = JobOptions.parse(args);
    SparkSession spark = SparkSession.builder().appName("newsbrief").getOrCreate();
    try {
      JobReport report = run(spark, options);
      System.out.println(report.toJson());
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job on {@code spark} and returns its report. Each stage is forced (counted) before the
   * next starts, so the report's stage times add up to the run.
   */
  static JobReport run(SparkSession session, JobOptions options) {
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    StageTimes.Clock clock = new StageTimes.Clock();
    JavaRDD<Outcome> outcomes = InputRecords.read(spark, options).cache();
    JavaRDD<Problem> failures = outcomes.filter(o -> o.problem() != null).map(Outcome::problem);
    JavaRDD<Article> articles = distinctArticles(outcomes).cache();
    long records = outcomes.count();
    long articleCount = articles.count();
    clock.lap();
    StoryAssignment.Assigned stories =
        StoryAssignment.assign(spark, articles, options.briefingOptions());
    clock.lap();
    JavaRDD<StoryBriefing> briefings =
        stories.pairs().groupByKey().map(s -> StoryBriefing.of(s._1(), s._2(), options)).cache();
    long storyCount = briefings.count();
    clock.lap();
    JobOutput output = new JobOutput(session, options.output());
    output.write(briefings, failures);
    List<Problem> sample = failures.takeOrdered(20, new ProblemOrder());
    long failed = failures.count();
    clock.lap();
    JobReport report =
        new JobReport(
            records,
            articleCount,
            storyCount,
            failed,
            sample,
            clock.wall(stories.clusterNanos()),
            clock.cpu(stories.clusterCpuNanos()));
    output.writeReport(report);
    briefings.unpersist();
    articles.unpersist();
    outcomes.unpersist();
    return report;
  }

  /** The cleaned articles, one per id (the first by source when two records give one text). */
  private static JavaRDD<Article> distinctArticles(JavaRDD<Outcome> outcomes) {
    return outcomes
        .filter(o -> o.article() != null)
        .map(Outcome::article)
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .reduceByKey(BriefingJob::firstBySource)
        .values();
  }

  private static Article firstBySource(Article a, Article b) {
    return Comparator.comparing(Article::source).compare(a, b) <= 0 ? a : b;
  }

  /** Problems by input name, so the report's sample is the same on every run. */
  private static final class ProblemOrder implements Comparator<Problem>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Problem a, Problem b) {
      return a.input().compareTo(b.input());
    }
  }
}
