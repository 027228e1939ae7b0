package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.summarize.Furniture;
import org.newsbrief.summarize.FurnitureCounts;
import org.newsbrief.summarize.GluedFurniture;
import org.newsbrief.summarize.LedeCut;

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
   * The furniture {@code options} ask for: {@code furniture}, {@code glued} and {@code lede} each a
   * table file, none, or absent for the shipped one.
   */
  static Furniture table(Map<String, String> options) throws IOException {
    String opening = options.get("furniture");
    Furniture table =
        opening == null
            ? Furniture.shipped()
            : opening.equals("none") ? Furniture.none() : load(Path.of(opening));
    String glued = options.get("glued");
    table =
        glued == null
            ? table.withGlued(Furniture.shipped().glued())
            : table.withGlued(
                glued.equals("none") ? GluedFurniture.none() : GluedStage.load(Path.of(glued)));
    String lede = options.get("lede");
    return lede == null
        ? table.withLede(Furniture.shipped().lede())
        : table.withLede(lede.equals("none") ? LedeCut.none() : LedeStage.load(Path.of(lede)));
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
    TableGrid.Choice<Furniture> choice =
        new TableGrid<Furniture>("furniture", "sequences", Furniture::write, Furniture::size)
            .choose(
                devPath,
                options,
                "20",
                "0.03",
                Furniture.none(),
                (m, r) -> counts.table(m, r, MIN_SOURCE),
                file);
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
            choice.tried(),
            choice.chosen(),
            options.getOrDefault("tolerance", "0"),
            seconds);
    return TableGrid.finish(
        "summarize-furniture",
        data,
        options,
        counts.stories(),
        choice,
        file,
        out.resolve("furniture.json"),
        notes,
        seconds,
        start);
  }
}
