package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.LedeCounts;
import org.newsbrief.summarize.LedeCut;
import org.newsbrief.summarize.LedeTraining;

/**
 * The lede stage of {@code newsbrief train summarize} ({@code --set stage=lede}): counts labels and
 * word openings over the even-numbered training stories up to {@code limit} ({@link LedeCounts};
 * labels: {@code min_stories} 20, {@code max_rate} 0.01, word rate 0.03 in >= 200 stories), builds
 * boundary examples from the odd-numbered ones ({@link LedeTraining}, {@code per_label} 50), fits
 * the boundary model (L2 {@code l2}, 1) on three quarters of them and on the held-out quarter
 * chooses the smallest chance whose best-position cuts are right at least {@code precision} (0.9)
 * of the time. Writes {@code lede-cut.tsv} and its manifest {@code lede-cut.json} to {@code out}.
 */
final class LedeStage {
  private static final int HELD_OUT = 4;
  private static final double[] STEPS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private LedeStage() {}

  static LedeCut load(Path file) throws IOException {
    return ModelFiles.read(file, "", LedeCut::read);
  }

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long start = System.nanoTime();
    int limit = EvalOptions.limit(options);
    int minStories = EvalOptions.atLeast(options, "min_stories", 1, 20);
    int perLabel = EvalOptions.atLeast(options, "per_label", 1, 50);
    double maxRate = number(options, "max_rate", "0.01");
    double precision = number(options, "precision", "0.9");
    double l2 = number(options, "l2", "1");
    String dropping = options.getOrDefault("drop", "false");
    if (!dropping.equals("true") && !dropping.equals("false")) {
      throw new IllegalArgumentException("drop must be true or false, not " + dropping);
    }
    boolean drop = dropping.equals("true");
    LedeCounts counts = new LedeCounts();
    int[] seen = {0};
    Cluster.forEach(
        data,
        limit,
        c -> {
          if (seen[0]++ % 2 == 0) {
            counts.add(c.articles(), c.summary());
          }
        });
    Set<String> labels = counts.labels(minStories, maxRate, 0.03, 200);
    Map<String, double[]> words = counts.wordOdds(20);
    LedeTraining training = new LedeTraining(labels, words, perLabel);
    seen[0] = 0;
    Cluster.forEach(
        data,
        limit,
        c -> {
          if (seen[0]++ % 2 == 1) {
            training.add(c.articles());
          }
        });
    double[] weights = training.fit(HELD_OUT, l2);
    List<double[]> best = training.heldOutBest(weights, HELD_OUT);
    double cut = LedeTraining.chooseCut(best, precision, STEPS);
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("lede_labels", (double) labels.size());
    scores.put("lede_examples", (double) training.size());
    scores.put("lede_held_out", (double) best.size());
    scores.put("lede_cut", cut);
    StringBuilder tried = new StringBuilder();
    for (double s : STEPS) {
      int n = 0;
      int right = 0;
      for (double[] b : best) {
        if (b[0] >= s) {
          n++;
          right += (int) b[1];
        }
      }
      tried.append(String.format(Locale.ROOT, " %.1f: %d cuts, %d right;", s, n, right));
      scores.put(String.format(Locale.ROOT, "held_out_cuts_%.1f", s), (double) n);
      scores.put(String.format(Locale.ROOT, "held_out_right_%.1f", s), (double) right);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(out);
    Path file = out.resolve(LedeCut.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new LedeCut(labels, words, weights, cut, drop).write(w);
    }
    String notes =
        String.format(
            Locale.ROOT,
            "%d labels from %d even-numbered training stories; %d boundary examples from the"
                + " odd-numbered ones (a label sentence glued to the next without its full stop), 1"
                + " in %d held out. Held-out best-position cuts by chance:%s cut chosen %.1f (the"
                + " smallest with precision >= %.2f).",
            labels.size(),
            counts.stories(),
            training.size(),
            HELD_OUT,
            tried,
            cut,
            precision);
    new ModelManifest(
            "summarize-lede-cut",
            "Multi-News train (multinews_train.jsonl.gz)",
            "train",
            counts.stories() + seen[0] / 2,
            SummarizeTraining.command(data, options),
            0,
            scores,
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("lede-cut.json"), file);
    Map<String, Double> system = new LinkedHashMap<>();
    int n = 0;
    int right = 0;
    for (double[] b : best) {
      if (b[0] >= cut) {
        n++;
        right += (int) b[1];
      }
    }
    system.put("held_out_cut_share", best.isEmpty() ? 0 : n / (double) best.size());
    system.put("held_out_precision", n == 0 ? 0 : right / (double) n);
    system.put("lede_cut", Math.min(cut, 1));
    system.put("clusters", (double) counts.stories() + seen[0] / 2);
    system.put("train_s", seconds);
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, Map.of());
  }

  private static double number(Map<String, String> options, String key, String absent) {
    String value = options.getOrDefault(key, absent);
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, not " + value, e);
    }
  }
}
