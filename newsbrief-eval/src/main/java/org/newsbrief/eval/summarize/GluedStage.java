package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Reader;
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
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.GluedCounts;
import org.newsbrief.summarize.GluedFurniture;

/**
 * The glued-furniture stage of {@code newsbrief train summarize} ({@code --set stage=glued}):
 * counts over the training stories ({@code limit}) which token 4-grams recur in how many stories
 * and their summaries ({@link GluedCounts}, two passes), then for each pair of the comma lists
 * {@code min_stories} (30) and {@code max_rate} (0.005) scores the table on the dev file ({@code
 * dev_limit}) and keeps the pair with the fewest defective summary sentences among those whose R-1
 * + R-2 is at least that without a table less {@code tolerance} (0); writes {@code
 * glued-furniture.tsv} and its manifest {@code glued-furniture.json} to {@code out}.
 */
final class GluedStage {
  private static final int MIN_SOURCE = 200;

  private GluedStage() {}

  static GluedFurniture load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return GluedFurniture.read(r);
    }
  }

  static EvalReport run(Path data, Map<String, String> options, Path out, Path devPath)
      throws IOException {
    long start = System.nanoTime();
    int limit = EvalOptions.limit(options);
    String[] minStories = options.getOrDefault("min_stories", "30").split(",");
    String[] maxRates = options.getOrDefault("max_rate", "0.005").split(",");
    int fewest = Integer.MAX_VALUE;
    for (String m : minStories) {
      fewest = Math.min(fewest, Integer.parseInt(m.strip()));
    }
    GluedCounts counts = new GluedCounts();
    Cluster.forEach(data, limit, c -> counts.add(c.articles(), c.summary()));
    int named = fewest;
    Cluster.forEach(data, limit, c -> counts.name(c.articles(), named));
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(out);
    Path file = out.resolve(GluedFurniture.RESOURCE);
    Map<String, String> devOptions = new TreeMap<>();
    devOptions.put("words", options.getOrDefault("words", "300"));
    devOptions.put("peers", "false");
    if (options.containsKey("dev_limit")) {
      devOptions.put("limit", options.get("dev_limit"));
    }
    devOptions.put("glued", "none");
    CutBaseline baseline =
        CutBaseline.of(devPath, devOptions, options.getOrDefault("tolerance", "0"));
    StringBuilder tried = baseline.tried();
    GluedFurniture best = GluedFurniture.none();
    double bestDefects = baseline.defects();
    String chosen = "none";
    for (String m : minStories) {
      for (String r : maxRates) {
        GluedFurniture table =
            counts.table(Integer.parseInt(m.strip()), Double.parseDouble(r.strip()), MIN_SOURCE);
        write(table, file);
        devOptions.put("glued", file.toString());
        Map<String, Double> dev = new SummarizeTask().run(devPath, devOptions).system();
        double defects = CutBaseline.v(dev, "defect_any");
        tried.append(
            String.format(
                Locale.ROOT,
                " min_stories %s max_rate %s (%d grams) %.4f/%.4f defects %.4f;",
                m,
                r,
                table.size(),
                CutBaseline.v(dev, "rouge1_f"),
                CutBaseline.v(dev, "rouge2_f"),
                defects));
        System.err.println("glued:" + tried);
        if (baseline.keepsRouge(dev) && defects < bestDefects) {
          best = table;
          bestDefects = defects;
          chosen = m + "/" + r;
        }
      }
    }
    write(best, file);
    devOptions.put("glued", file.toString());
    devOptions.remove("peers");
    EvalReport scored = new SummarizeTask().run(devPath, devOptions);
    String notes =
        String.format(
            Locale.ROOT,
            "Token 4-grams in the articles of >= min_stories of %d training stories and <= max_rate"
                + " of their summaries; a run of them is cut when it holds a word (in >= %d"
                + " stories) kept by <= max_rate of their summaries. Dev %s (R-1/R-2, defect"
                + " share):%s chosen %s (fewest defects, R-1 + R-2 not below no table less %s)."
                + " Counting (two passes) took %.0f s.",
            counts.stories(),
            MIN_SOURCE,
            devPath.getFileName(),
            tried,
            chosen,
            options.getOrDefault("tolerance", "0"),
            seconds);
    new ModelManifest(
            "summarize-glued-furniture",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            counts.stories(),
            SummarizeTraining.command(data, options),
            0,
            Map.of(
                "rouge1_f", CutBaseline.v(scored.system(), "rouge1_f"),
                "rouge2_f", CutBaseline.v(scored.system(), "rouge2_f"),
                "defect_any", CutBaseline.v(scored.system(), "defect_any")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("glued-furniture.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(scored.system());
    system.put("train_s", (System.nanoTime() - start) / 1e9);
    system.put("clusters", (double) counts.stories());
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, scored.peers());
  }

  private static void write(GluedFurniture table, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      table.write(w);
    }
  }
}
