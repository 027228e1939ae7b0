package org.newsbrief.eval.conflict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalReport;

/**
 * {@code eval figures --set kind=gate}: whether a learned gate over the claim pair features could
 * raise the precision of shown disputed claims. Reads the rule-passing candidates of the stories of
 * {@code --data} (labels {@code --set labels=FILE}) and of any more sets ({@code --set
 * pool=PATH=LABELS[,PATH=LABELS]}), a pair labelled by its pair label or else by its denial's
 * label, and scores each pair by logistic regression fitted on the other stories ({@link GateCv};
 * {@code --set folds=5 --set seeds=1 --set l2=1}: the mean over that many fold shuffles). Reports,
 * at thresholds 0.50 to 0.95, the precision and recall of shown denials over all sets and per set
 * ({@code setN_}), the rule's own ({@code _rule}: threshold 0), the pair AUC, and the lowest
 * threshold whose pooled precision reaches 0.8 with at least 10 shown (0 when none does).
 */
final class ClaimGateStudy {
  private static final double TARGET = 0.8;

  private ClaimGateStudy() {}

  static EvalReport run(Path data, Map<String, String> options, String task) throws IOException {
    List<GateCv.Row> rows = new ArrayList<>();
    List<Path> sets = new ArrayList<>(List.of(data));
    List<String> labelFiles = new ArrayList<>();
    labelFiles.add(options.get("labels"));
    for (String entry : options.getOrDefault("pool", "").split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.split("=", 2);
      if (parts.length != 2 || !Files.exists(Path.of(parts[0]))) {
        throw new IllegalArgumentException("pool is PATH=LABELS with an existing PATH: " + entry);
      }
      sets.add(Path.of(parts[0]));
      labelFiles.add(parts[1]);
    }
    if (labelFiles.get(0) == null) {
      throw new IllegalArgumentException("kind=gate needs --set labels=FILE");
    }
    for (int i = 0; i < sets.size(); i++) {
      rows.addAll(rows(i, sets.get(i), ConflictLabels.read(labelFiles.get(i)), options));
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no labelled rule-passing candidates in " + sets);
    }
    int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
    int seeds = Integer.parseInt(options.getOrDefault("seeds", "1"));
    double l2 = Double.parseDouble(options.getOrDefault("l2", "1"));
    Map<String, Double> system = new HashMap<>();
    system.put("count_pairs", (double) rows.size());
    for (int seed = 0; seed < seeds; seed++) {
      double[] p = GateCv.outOfFold(rows, folds, seed, l2);
      add(system, "auc", GateCv.auc(rows, p) / seeds);
      for (int step = 0; step <= 9; step++) {
        double t = step == 0 ? 0 : 0.45 + 0.05 * step;
        String at = step == 0 ? "rule" : String.format(Locale.ROOT, "t%02d", Math.round(t * 100));
        for (int set = -1; set < sets.size(); set++) {
          String prefix = set < 0 ? "" : "set" + set + "_";
          String of = set + ":";
          GateCv.Point point =
              GateCv.at(rows, p, t, r -> of.equals("-1:") || r.story().startsWith(of));
          add(system, prefix + "precision_" + at, point.precision() / seeds);
          add(system, prefix + "recall_" + at, point.recall() / seeds);
          add(system, "count_" + prefix + "shown_" + at, point.kept() / (double) seeds);
        }
      }
    }
    double chosen = 0;
    for (int step = 9; step >= 1; step--) {
      double t = 0.45 + 0.05 * step;
      String at = String.format(Locale.ROOT, "t%02d", Math.round(t * 100));
      if (system.getOrDefault("count_shown_" + at, 0.0) >= 10
          && system.getOrDefault("precision_" + at, 0.0) >= TARGET) {
        chosen = t;
      }
    }
    system.put("chosen_threshold", chosen);
    return new EvalReport(
        task, String.join(" + ", sets.stream().map(Path::toString).toList()), system, Map.of());
  }

  private static void add(Map<String, Double> metrics, String name, double value) {
    metrics.merge(name, value, Double::sum);
  }

  /** The labelled rule-passing candidate pairs of one set, stories prefixed by the set's index. */
  private static List<GateCv.Row> rows(
      int set, Path data, Map<String, Integer> labels, Map<String, String> options)
      throws IOException {
    List<GateCv.Row> rows = new ArrayList<>();
    Analyzer analyzer = new Analyzer();
    for (StorySets.Story story : StorySets.read(data)) {
      if (!StorySets.selection(options).test(story)) {
        continue;
      }
      for (ClaimCandidates.Keyed k : ClaimCandidates.of(story, analyzer)) {
        if (!k.pair().conflicting()) {
          continue;
        }
        String[] key = k.key().split("\t");
        Integer label = labels.get(k.key());
        if (label == null) {
          label = labels.get(key[0] + "\t" + key[1]);
        }
        if (label == null) {
          continue;
        }
        double[] x = k.pair().features().stream().mapToDouble(Double::doubleValue).toArray();
        rows.add(new GateCv.Row(set + ":" + story.id(), key[1], x, label));
      }
    }
    return rows;
  }
}
