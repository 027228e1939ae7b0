package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;

/**
 * The choice the furniture stages of {@code newsbrief train summarize} share: for each pair of the
 * comma lists {@code min_stories} and {@code max_rate}, a table is written, the dev file's
 * summaries ({@code dev_limit} stories, {@code words} words) are scored with it, and the table with
 * the fewest defective summary sentences among those whose R-1 + R-2 is at least that without a
 * table less {@code tolerance} (0) is kept; then the kept table, its manifest and the training
 * report.
 *
 * @param <T> the kind of table
 */
final class TableGrid<T> {
  /** Makes the table of one setting. */
  interface Maker<T> {
    T table(int minStories, double maxRate);
  }

  /** Writes a table as its resource file. */
  interface Writing<T> {
    void write(T table, Writer out) throws IOException;
  }

  /** What the grid chose: the table, its setting, the settings tried, and its dev scores. */
  record Choice<T>(T table, String chosen, String tried, EvalReport scored) {}

  private final String key;
  private final String unit;
  private final Writing<T> writing;
  private final ToIntFunction<T> size;

  /**
   * A grid whose tables the summarizer reads through the eval option {@code key}; {@code unit}
   * names what a table holds in the tried-settings line.
   */
  TableGrid(String key, String unit, Writing<T> writing, ToIntFunction<T> size) {
    this.key = key;
    this.unit = unit;
    this.writing = writing;
    this.size = size;
  }

  /**
   * Tries every setting of {@code options} (defaults as given), writing each table to {@code file}.
   */
  Choice<T> choose(
      Path devPath,
      Map<String, String> options,
      String minStories,
      String maxRate,
      T none,
      Maker<T> maker,
      Path file)
      throws IOException {
    Map<String, String> devOptions = new TreeMap<>();
    devOptions.put("words", options.getOrDefault("words", "300"));
    devOptions.put("peers", "false");
    if (options.containsKey("dev_limit")) {
      devOptions.put("limit", options.get("dev_limit"));
    }
    devOptions.put(key, "none");
    CutBaseline baseline =
        CutBaseline.of(devPath, devOptions, options.getOrDefault("tolerance", "0"));
    StringBuilder tried = baseline.tried();
    T best = none;
    double bestDefects = baseline.defects();
    String chosen = "none";
    for (String m : options.getOrDefault("min_stories", minStories).split(",")) {
      for (String r : options.getOrDefault("max_rate", maxRate).split(",")) {
        T table = maker.table(Integer.parseInt(m.strip()), Double.parseDouble(r.strip()));
        write(table, file);
        devOptions.put(key, file.toString());
        Map<String, Double> dev = new SummarizeTask().run(devPath, devOptions).system();
        double defects = CutBaseline.v(dev, "defect_any");
        tried.append(
            String.format(
                Locale.ROOT,
                " min_stories %s max_rate %s (%d %s) %.4f/%.4f defects %.4f;",
                m,
                r,
                size.applyAsInt(table),
                unit,
                CutBaseline.v(dev, "rouge1_f"),
                CutBaseline.v(dev, "rouge2_f"),
                defects));
        System.err.println(key + ":" + tried);
        if (baseline.keepsRouge(dev) && defects < bestDefects) {
          best = table;
          bestDefects = defects;
          chosen = m + "/" + r;
        }
      }
    }
    write(best, file);
    devOptions.put(key, file.toString());
    devOptions.remove("peers");
    return new Choice<>(
        best, chosen, tried.toString(), new SummarizeTask().run(devPath, devOptions));
  }

  /**
   * Writes the manifest {@code manifest} of the chosen table {@code file} (model {@code name},
   * fitted on {@code stories} training stories of {@code data}) and returns the training report.
   */
  static EvalReport finish(
      String name,
      Path data,
      Map<String, String> options,
      long stories,
      Choice<?> choice,
      Path file,
      Path manifest,
      String notes,
      double countingSeconds,
      long start)
      throws IOException {
    EvalReport scored = choice.scored();
    new ModelManifest(
            name,
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            stories,
            SummarizeTraining.command(data, options),
            0,
            Map.of(
                "rouge1_f", CutBaseline.v(scored.system(), "rouge1_f"),
                "rouge2_f", CutBaseline.v(scored.system(), "rouge2_f"),
                "defect_any", CutBaseline.v(scored.system(), "defect_any")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            countingSeconds,
            notes)
        .write(manifest, file);
    Map<String, Double> system = new LinkedHashMap<>(scored.system());
    system.put("train_s", (System.nanoTime() - start) / 1e9);
    system.put("clusters", (double) stories);
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, scored.peers());
  }

  private void write(T table, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writing.write(table, w);
    }
  }
}
