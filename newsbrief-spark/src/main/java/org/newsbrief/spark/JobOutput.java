package org.newsbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsbrief.model.Problem;

/** Writes the job's results under one output folder on any Hadoop-compatible file system. */
final class JobOutput {
  static final StructType BRIEFING_SCHEMA =
      new StructType()
          .add("story", DataTypes.StringType, false)
          .add("article_count", DataTypes.IntegerType, false)
          .add("articles", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("summary", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("briefing", DataTypes.StringType, false);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SparkSession session;
  private final String folder;

  JobOutput(SparkSession session, String folder) {
    this.session = session;
    this.folder = folder;
  }

  void write(JavaRDD<StoryBriefing> briefings, JavaRDD<Problem> failures) {
    session
        .createDataset(briefings.map(StoryBriefing::jsonLine).rdd(), Encoders.STRING())
        .write()
        .mode(SaveMode.Overwrite)
        .text(folder + "/briefings.jsonl");
    session
        .createDataFrame(briefings.map(JobOutput::row), BRIEFING_SCHEMA)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(folder + "/briefings.parquet");
    session
        .createDataset(failures.map(JobOutput::failureLine).rdd(), Encoders.STRING())
        .write()
        .mode(SaveMode.Overwrite)
        .text(folder + "/failures.jsonl");
  }

  void writeReport(JobReport report) {
    Path path = new Path(folder + "/report.json");
    try {
      FileSystem fs = path.getFileSystem(session.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write((report.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private static Row row(StoryBriefing b) {
    return RowFactory.create(
        b.story(),
        b.articleIds().size(),
        scala.jdk.javaapi.CollectionConverters.asScala(b.articleIds()).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(b.summary()).toSeq(),
        b.json());
  }

  private static String failureLine(Problem problem) throws JsonProcessingException {
    return MAPPER.writeValueAsString(
        Map.of("input", problem.input(), "message", problem.message()));
  }
}
