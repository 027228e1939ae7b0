package org.newsbrief.eval.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsbrief.analyze.time.TimeTagger;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;

/**
 * Scores newsbrief's time tagger on every {@code .tml} file under the data folder. Options: {@code
 * limit}, read at most this many files (sorted by path); {@code errors=true}, print each miss,
 * extra and wrong value to stderr.
 */
public final class TimeTask implements EvalTask {
  @Override
  public String name() {
    return "time";
  }

  @Override
  public String description() {
    return "TempEval-3 time expression recognition and normalisation (value F1)";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().limit(limit).toList();
    }
    if (files.isEmpty()) {
      throw new IOException(data + ": no .tml files");
    }
    TimeTagger tagger = new TimeTagger();
    TimexScore score = new TimexScore();
    long tokens = 0;
    long nanos = 0;
    for (Path file : files) {
      TimeMlDocument doc = TimeMlDocument.read(file);
      long start = System.nanoTime();
      var found = tagger.tag(doc.text(), doc.creation());
      nanos += System.nanoTime() - start;
      tokens += doc.text().split("\\s+").length;
      boolean errors = Boolean.parseBoolean(options.get("errors"));
      if (errors) {
        System.err.println("FILE\t" + doc.name() + "\t" + doc.creation());
      }
      score.add(found, doc.gold(), errors ? System.err : null);
    }
    Map<String, Double> system = new java.util.TreeMap<>(score.metrics());
    system.put("tokens_per_s", tokens / Math.max(nanos / 1e9, 1e-9));
    system.put("documents", (double) files.size());
    return new EvalReport(name(), data.toString(), system, Map.of());
  }
}
