package org.newsbrief.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.newsbrief.NewsBriefings;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;

/** One web archive's records as outcomes, named by the archive's own path. */
final class ArchiveRecords {
  private ArchiveRecords() {}

  static List<Outcome> read(String name, PortableDataStream data, JobOptions options)
      throws IOException {
    String suffix = name.substring(name.lastIndexOf('/') + 1);
    Path local = Files.createTempFile("newsbrief-", "-" + suffix);
    try {
      try (InputStream in = data.open()) {
        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      }
      NewsBriefings pipeline = Pipelines.of(options.briefingOptions());
      IngestResult read =
          pipeline.read(
              List.of(local.toString()),
              IngestOptions.defaults().withMaxBytes(options.maxRecordBytes()));
      String prefix = local.toString();
      List<Outcome> outcomes = new ArrayList<>();
      for (Problem p : read.problems()) {
        outcomes.add(Outcome.failed(rename(p.input(), prefix, name), p.message()));
      }
      for (RawDocument d : read.documents()) {
        String source = rename(d.source(), prefix, name);
        RawDocument named =
            new RawDocument(
                source,
                d.format(),
                d.content(),
                d.url(),
                d.title(),
                d.outlet(),
                d.published(),
                d.byline(),
                d.language(),
                d.containerDate());
        try {
          outcomes.add(Outcome.of(pipeline.clean(named)));
        } catch (IllegalArgumentException e) {
          outcomes.add(Outcome.failed(source, String.valueOf(e.getMessage())));
        }
      }
      return outcomes;
    } finally {
      Files.deleteIfExists(local);
    }
  }

  private static String rename(String source, String local, String name) {
    return source.startsWith(local) ? name + source.substring(local.length()) : source;
  }
}
