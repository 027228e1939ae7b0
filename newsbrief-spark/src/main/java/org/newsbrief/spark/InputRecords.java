package org.newsbrief.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsbrief.NewsBriefings;
import org.newsbrief.ingest.JsonlRecords;
import org.newsbrief.model.RawDocument;

/**
 * Reads the job's inputs into cleaned articles or problems, one outcome per record. A bad record
 * (unparseable line, oversize document, text with no article) becomes a problem naming the file and
 * line; it never fails the job and never costs another record.
 */
final class InputRecords {
  private InputRecords() {}

  static JavaRDD<Outcome> read(JavaSparkContext spark, JobOptions options) {
    List<JavaRDD<Outcome>> parts = new ArrayList<>();
    for (String input : options.inputs()) {
      parts.add(isArchive(input) ? archives(spark, input, options) : jsonl(spark, input, options));
    }
    JavaRDD<Outcome> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return all;
  }

  private static JavaRDD<Outcome> jsonl(JavaSparkContext spark, String input, JobOptions options) {
    return spark
        .textFile(input)
        .zipWithIndex()
        .filter(line -> !line._1().isBlank())
        .map(line -> record(input + ":" + (line._2() + 1), line._1(), options));
  }

  static boolean isArchive(String input) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".warc")
        || lower.endsWith(".warc.gz")
        || lower.endsWith(".arc")
        || lower.endsWith(".arc.gz");
  }

  /**
   * WARC and ARC files, one task per file: the archive is copied to the executor's local disk and
   * read record by record by the single-machine ingester, so a corrupt record keeps the ones before
   * it and is reported by number and offset.
   */
  private static JavaRDD<Outcome> archives(
      JavaSparkContext spark, String input, JobOptions options) {
    return spark
        .binaryFiles(input)
        .flatMap(file -> ArchiveRecords.read(file._1(), file._2(), options).iterator());
  }

  static Outcome record(String source, String line, JobOptions options) {
    int bytes = line.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > options.maxRecordBytes()) {
      return Outcome.failed(
          source, bytes + " bytes is over the " + options.maxRecordBytes() + "-byte record cap");
    }
    try {
      RawDocument document = JsonlRecords.parse(source, line);
      NewsBriefings pipeline = Pipelines.of(options.briefingOptions());
      return Outcome.of(pipeline.clean(document));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(source, String.valueOf(e.getMessage()));
    }
  }
}
