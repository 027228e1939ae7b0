package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.GluedCounts;
import org.newsbrief.summarize.GluedExamples;
import org.newsbrief.summarize.GluedFurniture;

/**
 * The glued-furniture gate stage of {@code newsbrief train summarize} ({@code --set
 * stage=glued_gate}): counts grams and words over the training stories ({@code limit}, two passes,
 * {@link GluedCounts}), takes the candidate runs of every {@code every}-th story (10) as rows with
 * that story left out of the counts ({@link GluedExamples}), fits the logistic gate with the L2 of
 * the comma list {@code l2} (0.1,1,10) that gives the lowest log-loss in {@code folds}-fold (5)
 * cross-validation by story, and sets the cut on those held-out predictions (no dev data): the
 * largest chance of reuse at which the runs cut are, together, reused by their summaries no more
 * often than the sure-furniture runs are. Writes {@code glued-furniture.tsv} with the gate and its
 * manifest {@code glued-furniture.json} to {@code out}. Table grams: {@code min_stories} (20),
 * {@code max_rate} (0.01); {@code rows} writes the rows (label, sure, features) to a file.
 */
final class GateStage {
  private static final int MIN_SOURCE = 200;

  private GateStage() {}

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long start = System.nanoTime();
    int limit = EvalOptions.limit(options);
    int minStories = Integer.parseInt(options.getOrDefault("min_stories", "20"));
    double maxRate = Double.parseDouble(options.getOrDefault("max_rate", "0.01"));
    int every = Integer.parseInt(options.getOrDefault("every", "10"));
    int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
    GluedCounts counts = new GluedCounts();
    Cluster.forEach(data, limit, c -> counts.add(c.articles(), c.summary()));
    Cluster.forEach(data, limit, c -> counts.name(c.articles(), minStories));
    GluedExamples examples = new GluedExamples(counts, minStories, maxRate, MIN_SOURCE);
    List<GluedExamples.Row> rows = new ArrayList<>();
    List<Integer> fold = new ArrayList<>();
    int[] index = {0};
    Cluster.forEach(
        data,
        limit,
        c -> {
          if (index[0] % every == 0) {
            for (GluedExamples.Row r : examples.of(c.articles(), c.summary())) {
              rows.add(r);
              fold.add(index[0] / every % folds);
            }
          }
          index[0]++;
        });
    if (rows.isEmpty()) {
      throw new IOException(
          data + ": no candidate runs; try a lower min_stories or a larger limit");
    }
    if (options.containsKey("rows")) {
      List<String> lines = new ArrayList<>();
      for (GluedExamples.Row r : rows) {
        lines.add((r.harm() ? 1 : 0) + "\t" + (r.sure() ? 1 : 0) + "\t" + Arrays.toString(r.x()));
      }
      Files.write(Path.of(options.get("rows")), lines, StandardCharsets.UTF_8);
    }
    GateFit fit = GateFit.choose(rows, fold, folds, options.getOrDefault("l2", "0.1,1,10"));
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(out);
    Path file = out.resolve(GluedFurniture.RESOURCE);
    GluedFurniture table = examples.table(fit.weights(), fit.cut());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      table.write(w);
    }
    Map<String, Double> cv = fit.scores();
    String notes =
        String.format(
            Locale.ROOT,
            "Candidate runs of token 4-grams in >= %d of %d training stories and <= %s of their"
                + " summaries; gate = logistic chance that the story's own summary reuses a word"
                + " pair of the run (rows: every %d-th story, its counts left out), L2 %s by"
                + " %d-fold CV log-loss; cut = largest chance at which the cut runs are reused no"
                + " more often than sure furniture (every gram in >= %d stories, 0 summaries)."
                + " CV: %s. Counting and fitting took %.0f s.",
            minStories,
            counts.stories(),
            maxRate,
            every,
            fit.l2(),
            folds,
            GluedExamples.SURE,
            cv,
            seconds);
    new ModelManifest(
            "summarize-glued-gate",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            counts.stories(),
            SummarizeTraining.command(data, options),
            0,
            cv,
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("glued-furniture.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(cv);
    system.put("gate_grams", (double) table.size());
    system.put("train_s", seconds);
    system.put("clusters", (double) counts.stories());
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, Map.of());
  }
}
