package org.newsbrief.eval.entities;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsbrief.analyze.entity.ShownFeatures;
import org.newsbrief.analyze.entity.ShownFilter;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train entities --data ../shared/data/clustering/ecbplus-stories}: fits the
 * {@link ShownFilter} on the hand labels of shown entities ({@code --set
 * labels=docs/labels/entities-shown-dev.tsv}, sets {@code dev}, {@code held}, {@code dev5}, {@code
 * dev6} and {@code dev7}, or {@code --set sets=a,b}; never the blind file; a later row overrides an
 * earlier one for the same story and name). The L2 penalty and the threshold are chosen by
 * cross-validation grouped by topic ({@value #FOLDS} folds, the two stories of an ECB+ topic in one
 * fold): the choice minimises junk kept plus {@value #COST} times real entities dropped. The report
 * gives, out of fold, the share of labelled entities that are junk before and after the filter and
 * how many real ones it drops (before a briefing's protection of quoted and summarised entities,
 * which only brings some back). Options: {@code out}, {@code labels}, {@code limit} (stories),
 * {@code dump} (features of the labelled rows), {@code oof} (each labelled row's out-of-fold junk
 * probability at the chosen L2), {@code drop} (features held at 0, to measure a smaller set),
 * {@code unlabelled} (listed entities of the labelled stories that no label names, with their first
 * occurrence, to label next).
 */
public final class ShownFilterTrainTask implements EvalTask {
  private static final double[] PENALTIES = {0.03, 0.1, 0.3, 1, 3, 10};
  private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  private static final String SETS = "dev,held,dev5,dev6,dev7";
  private static final int FOLDS = 5;
  private static final double COST = 2;
  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/analyze/entity";
  private static final String DEFAULT_LABELS = "docs/labels/entities-shown-dev.tsv";

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String description() {
    return "fit the shown-entity filter on hand labels of non-blind ECB+ stories' entity lists";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    Path labels = Path.of(options.getOrDefault("labels", DEFAULT_LABELS));
    Set<String> sets = Set.of(options.getOrDefault("sets", SETS).split(","));
    ShownLabels.Joined joined = ShownLabels.join(data, labels, sets, EvalOptions.limit(options));
    List<ShownLabels.Row> rows = ShownFilterFolds.without(joined.rows(), options.get("drop"));
    List<String> stories =
        new ArrayList<>(new TreeSet<>(rows.stream().map(ShownLabels.Row::story).toList()));
    if (stories.size() < FOLDS) {
      throw new IOException(labels + ": need labels of at least " + FOLDS + " stories");
    }
    String unlabelled = options.get("unlabelled");
    if (unlabelled != null) {
      Files.write(Path.of(unlabelled), joined.unlabelled(), StandardCharsets.UTF_8);
    }
    String dump = options.get("dump");
    if (dump != null) {
      List<String> lines = new ArrayList<>();
      lines.add("story\tname\tkind\t" + String.join("\t", ShownFeatures.NAMES));
      for (ShownLabels.Row r : rows) {
        StringBuilder b = new StringBuilder(r.story() + "\t" + r.name() + "\t" + r.kind());
        for (double v : r.features()) {
          b.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
        }
        lines.add(b.toString());
      }
      Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
    }
    Map<String, Integer> foldOf = ShownFilterFolds.byTopic(stories, FOLDS);
    Map<String, Double> report = new TreeMap<>();
    report.put("count_listed_unlabelled", (double) joined.unlabelled().size());
    long junk = rows.stream().filter(ShownLabels.Row::junk).count();
    report.put("count_labelled", (double) rows.size());
    report.put("count_labels_unmatched", (double) joined.unmatched());
    report.put("count_stories", (double) stories.size());
    report.put("count_labels_of_another_type", (double) joined.retyped().size());
    joined
        .retyped()
        .forEach(r -> System.err.println("train entities: type changed since labelled: " + r));
    report.put("junk_share_before", junk / (double) rows.size());
    double bestCost = Double.MAX_VALUE;
    double bestL2 = PENALTIES[0];
    double bestThreshold = THRESHOLDS[0];
    for (double l2 : PENALTIES) {
      double[] p = ShownFilterFolds.outOfFold(rows, foldOf, FOLDS, l2);
      for (double t : THRESHOLDS) {
        int[] c = ShownFilterFolds.counts(rows, p, t);
        String key = String.format(Locale.ROOT, "l2_%s_t_%s", l2, t).replace(".", "_");
        report.put("cv_junk_share_" + key, c[1] / (double) Math.max(1, c[0] + c[1]));
        report.put("count_cv_real_dropped_" + key, (double) c[2]);
        double cost = c[1] + COST * c[2];
        if (cost < bestCost) {
          bestCost = cost;
          bestL2 = l2;
          bestThreshold = t;
        }
      }
    }
    double[] oof = ShownFilterFolds.outOfFold(rows, foldOf, FOLDS, bestL2);
    int[] best = ShownFilterFolds.counts(rows, oof, bestThreshold);
    String oofFile = options.get("oof");
    if (oofFile != null) {
      List<String> lines = new ArrayList<>(List.of("story\tname\tkind\tp_junk_out_of_fold"));
      for (int i = 0; i < rows.size(); i++) {
        ShownLabels.Row r = rows.get(i);
        lines.add(
            String.format(Locale.ROOT, "%s\t%s\t%s\t%.4f", r.story(), r.name(), r.kind(), oof[i]));
      }
      Files.write(Path.of(oofFile), lines, StandardCharsets.UTF_8);
    }
    report.put("cv_junk_share", best[1] / (double) Math.max(1, best[0] + best[1]));
    report.put("cv_precision", best[0] / (double) Math.max(1, best[0] + best[1]));
    report.put("count_cv_real_dropped", (double) best[2]);
    report.put("count_cv_junk_dropped", (double) best[3]);
    System.err.println("train entities: chosen L2 " + bestL2 + ", threshold " + bestThreshold);
    report.put("chosen_threshold", bestThreshold);
    ShownFilter filter =
        new ShownFilter(ShownFilterFolds.fit(rows, foldOf, -1, bestL2), bestThreshold);
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Files.createDirectories(out);
    Path file = out.resolve(ShownFilter.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      filter.write(w);
    }
    new ModelManifest(
            "entities",
            "hand labels of the entities shown for non-blind ECB+ stories ("
                + labels.getFileName()
                + ", ids and offsets into clustering/ecbplus-stories)",
            "rows of sets "
                + String.join(",", new TreeSet<>(sets))
                + " (dev7: topics 13, 14, 16, 18, 19, 26-28, 32-34); the blind file is never read",
            rows.size(),
            "newsbrief train entities --data ../shared/data/clustering/ecbplus-stories",
            0,
            Map.of(
                "cv_precision",
                report.get("cv_precision"),
                "cv_junk_share",
                report.get("cv_junk_share")),
            LocalDate.now(ZoneOffset.UTC).toString(),
            (System.nanoTime() - began) / 1e9,
            String.format(
                Locale.ROOT,
                "logistic regression over %d features of %d labelled entities of %d stories; L2 %s"
                    + " and threshold %s chosen by %d-fold CV grouped by topic (junk kept + %s x"
                    + " real dropped); out of fold: junk share %.4f -> %.4f, real dropped %d, junk"
                    + " dropped %d (before the briefing's protection of quoted and summarised"
                    + " entities)",
                ShownFeatures.NAMES.size(),
                rows.size(),
                stories.size(),
                bestL2,
                bestThreshold,
                FOLDS,
                COST,
                report.get("junk_share_before"),
                report.get("cv_junk_share"),
                best[2],
                best[3]))
        .write(out.resolve("shown-filter.manifest.json"), file);
    report.put("train_s", (System.nanoTime() - began) / 1e9);
    return new EvalReport("train entities", data.toString(), report, Map.of());
  }
}
