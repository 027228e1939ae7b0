package org.newsbrief.eval.time;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.time.TenseModel;
import org.newsbrief.analyze.time.TimeTagger;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;
import org.newsbrief.model.TimeExpression;

/**
 * Scores newsbrief's time tagger on every {@code .tml} file under the data folder. Options: {@code
 * limit}, read at most this many files (sorted by path); {@code errors=true}, print each miss,
 * extra and wrong value (and each right one) to stderr; {@code peers}, which plugged-in {@link
 * TimePeer}s to score the same way (see {@link Peers#of}).
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
    int limit = EvalOptions.limit(options);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().limit(limit).toList();
    }
    if (files.isEmpty()) {
      throw new IOException(data + ": no .tml files");
    }
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(TimeMlDocument.read(file));
    }
    TimeTagger tagger = new TimeTagger();
    Map<String, Double> system =
        score(docs, tagger::tag, Boolean.parseBoolean(options.get("errors")) ? System.err : null);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    peers.put("rule_tense", score(docs, new TimeTagger(TenseModel.rules())::tag, null));
    for (TimePeer peer : Peers.of(TimePeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = score(docs, peer::tag, null);
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    return new EvalReport(name(), data.toString(), system, peers);
  }

  private static Map<String, Double> score(
      List<TimeMlDocument> docs,
      BiFunction<String, @Nullable LocalDate, List<TimeExpression>> tagger,
      @Nullable PrintStream errors) {
    TimexScore score = new TimexScore();
    long tokens = 0;
    long nanos = 0;
    for (TimeMlDocument doc : docs) {
      long start = System.nanoTime();
      List<TimeExpression> found = tagger.apply(doc.text(), doc.creation());
      nanos += System.nanoTime() - start;
      tokens += doc.text().split("\\s+").length;
      if (errors != null) {
        errors.println("FILE	" + doc.name() + "	" + doc.creation());
      }
      score.add(found, doc.gold(), errors);
    }
    Map<String, Double> metrics = new TreeMap<>(score.metrics());
    metrics.put("tokens_per_s", tokens / Math.max(nanos / 1e9, 1e-9));
    metrics.put("documents", (double) docs.size());
    return metrics;
  }
}
