package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
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

  /** The glued-furniture table in {@code file}; an unreadable one fails naming the file. */
  static GluedFurniture load(Path file) throws IOException {
    return ModelFiles.read(file, "", GluedFurniture::read);
  }

  static EvalReport run(Path data, Map<String, String> options, Path out, Path devPath)
      throws IOException {
    long start = System.nanoTime();
    int limit = EvalOptions.limit(options);
    String[] minStories = options.getOrDefault("min_stories", "30").split(",");
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
    TableGrid.Choice<GluedFurniture> choice =
        new TableGrid<GluedFurniture>("glued", "grams", GluedFurniture::write, GluedFurniture::size)
            .choose(
                devPath,
                options,
                "30",
                "0.005",
                GluedFurniture.none(),
                (m, r) -> counts.table(m, r, MIN_SOURCE),
                file);
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
            choice.tried(),
            choice.chosen(),
            options.getOrDefault("tolerance", "0"),
            seconds);
    return TableGrid.finish(
        "summarize-glued-furniture",
        data,
        options,
        counts.stories(),
        choice,
        file,
        out.resolve("glued-furniture.json"),
        notes,
        seconds,
        start);
  }
}
