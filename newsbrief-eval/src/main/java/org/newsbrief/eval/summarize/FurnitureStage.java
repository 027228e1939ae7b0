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
import org.newsbrief.summarize.Furniture;
import org.newsbrief.summarize.FurnitureCounts;
import org.newsbrief.summarize.GluedFurniture;

/**
 * The furniture stage of {@code newsbrief train summarize} ({@code --set stage=furniture}): counts
 * over the training stories ({@code limit}) which token sequences open sentences and how often the
 * human summaries keep each word ({@link FurnitureCounts}), then for each pair of the comma lists
 * {@code min_stories} (stories a sequence opens sentences in, 20) and {@code max_rate} (the most
 * summaries keeping its rarest word, 0.03) scores the table on the dev file ({@code dev_limit}),
 * keeps the pair with the fewest defective summary sentences among those whose R-1 + R-2 is at
 * least that without a table less {@code tolerance} (0), and writes {@code furniture.tsv} and its
 * manifest {@code furniture.json} to {@code out}.
 */
final class FurnitureStage {
  private static final int MIN_SOURCE = 200;

  private FurnitureStage() {}

  static Furniture load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Furniture.read(r);
    }
  }

  /**
   * The furniture {@code options} ask for: {@code furniture} and {@code glued} each a table file,
   * none, or absent for the shipped one.
   */
  static Furniture table(Map<String, String> options) throws IOException {
    String opening = options.get("furniture");
    Furniture table =
        opening == null
            ? Furniture.shipped()
            : opening.equals("none") ? Furniture.none() : load(Path.of(opening));
    String glued = options.get("glued");
    return glued == null
        ? table.withGlued(Furniture.shipped().glued())
        : table.withGlued(
            glued.equals("none") ? GluedFurniture.none() : GluedStage.load(Path.of(glued)));
  }

  static EvalReport run(Path data, Map<String, String> options, Path out, Path devPath)
      throws IOException {
    long start = System.nanoTime();
    int limit = EvalOptions.limit(options);
    FurnitureCounts counts = new FurnitureCounts();
    Cluster.forEach(data, limit, c -> counts.add(c.articles(), c.summary()));
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(out);
    Path file = out.resolve(Furniture.RESOURCE);
    Map<String, String> devOptions = new TreeMap<>();
    devOptions.put("words", options.getOrDefault("words", "300"));
    devOptions.put("peers", "false");
    if (options.containsKey("dev_limit")) {
      devOptions.put("limit", options.get("dev_limit"));
    }
    devOptions.put("furniture", "none");
    CutBaseline baseline =
        CutBaseline.of(devPath, devOptions, options.getOrDefault("tolerance", "0"));
    Map<String, Double> none = baseline.none();
    StringBuilder tried = baseline.tried();
    Furniture best = Furniture.none();
    double bestDefects = baseline.defects();
    String chosen = "none";
    for (String m : options.getOrDefault("min_stories", "20").split(",")) {
      for (String r : options.getOrDefault("max_rate", "0.03").split(",")) {
        Furniture table =
            counts.table(Integer.parseInt(m.strip()), Double.parseDouble(r.strip()), MIN_SOURCE);
        write(table, file);
        devOptions.put("furniture", file.toString());
        Map<String, Double> dev = new SummarizeTask().run(devPath, devOptions).system();
        double defects = v(dev, "defect_any");
        tried.append(
            String.format(
                Locale.ROOT,
                " min_stories %s max_rate %s (%d sequences) %.4f/%.4f defects %.4f;",
                m,
                r,
                table.size(),
                v(dev, "rouge1_f"),
                v(dev, "rouge2_f"),
                defects));
        if (baseline.keepsRouge(dev) && defects < bestDefects) {
          best = table;
          bestDefects = defects;
          chosen = m + "/" + r;
        }
      }
    }
    write(best, file);
    devOptions.put("furniture", file.toString());
    devOptions.remove("peers");
    EvalReport scored = new SummarizeTask().run(devPath, devOptions);
    String notes =
        String.format(
            Locale.ROOT,
            "Token sequences opening sentences in >= min_stories of %d training stories, one of whose"
                + " words (in >= %d stories) is kept by <= max_rate of their summaries. Dev %s"
                + " (R-1/R-2, defect share):%s chosen %s (fewest defects, R-1 + R-2 not below no"
                + " table less %s). Counting took %.0f s.",
            counts.stories(),
            MIN_SOURCE,
            devPath.getFileName(),
            tried,
            chosen,
            options.getOrDefault("tolerance", "0"),
            seconds);
    new ModelManifest(
            "summarize-furniture",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            counts.stories(),
            SummarizeTraining.command(data, options),
            0,
            Map.of(
                "rouge1_f", v(scored.system(), "rouge1_f"),
                "rouge2_f", v(scored.system(), "rouge2_f"),
                "defect_any", v(scored.system(), "defect_any")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("furniture.json"), file);
    Map<String, Double> system = new LinkedHashMap<>(scored.system());
    system.put("train_s", (System.nanoTime() - start) / 1e9);
    system.put("clusters", (double) counts.stories());
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, scored.peers());
  }

  private static double v(Map<String, Double> metrics, String key) {
    return CutBaseline.v(metrics, key);
  }

  private static void write(Furniture table, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      table.write(w);
    }
  }
}
