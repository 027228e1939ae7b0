package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.LexicalPriors;

/**
 * {@code newsbrief train summarize --data multinews_train.jsonl.gz}: streams the training clusters
 * once, counting for every word and word pair of each story's window how often its reference uses
 * it (the {@link LexicalPriors}), keeps every {@code fit_every}-th story to fit the coverage
 * model's Poisson regressions on (each story's own counts left out of its prior features), writes
 * the model, the priors and a {@link ModelManifest} to {@code out}, and scores the result on the
 * dev file with Lead, LexRank and TextRank in the same run. Options: {@code words} (300), {@code
 * limit}, {@code fit_every} (11), {@code strength} (pseudo-stories of smoothing, 10; a comma list
 * is tried in turn and the best on dev by R-1 + R-2 kept), {@code min} (stories an n-gram needs to
 * be kept, 5), {@code out}, {@code dev} (default dev300 beside the data), {@code dev_limit}, {@code
 * stage} (all: then the {@link SentenceStage} on the new model; coverage: without it; sentences:
 * only the sentence stage, on the coverage model in {@code out} or the shipped one; furniture: only
 * the page-furniture table, {@link FurnitureStage}; glued: only the glued-furniture table, {@link
 * GluedStage}; glued_gate: the glued-furniture table with a learned gate, {@link GateStage};
 * vectors: only the word vectors for support by meaning, {@link VectorStage}; form: only the
 * sentence-form model, {@link FormStage}).
 */
public final class SummarizeTraining implements EvalTask {
  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/summarize";

  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public String description() {
    return "coverage model and lexical priors from Multi-News train; dev ROUGE vs Lead/LexRank/TextRank";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Path devPath =
        Path.of(
            options.getOrDefault(
                "dev", data.resolveSibling("multinews_val_dev300.jsonl").toString()));
    if (options.getOrDefault("stage", "all").equals("furniture")) {
      return FurnitureStage.run(data, options, out, devPath);
    }
    if (options.getOrDefault("stage", "all").equals("lede")) {
      return LedeStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("glued")) {
      return GluedStage.run(data, options, out, devPath);
    }
    if (options.getOrDefault("stage", "all").equals("glued_gate")) {
      return GateStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("form")) {
      return FormStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("vectors")) {
      return VectorStage.run(data, options, out);
    }
    if (options.getOrDefault("stage", "all").equals("sentences")) {
      return SentenceStage.run(data, options, out, devPath);
    }
    return CoverageStage.run(data, options, out, devPath);
  }

  static String command(Path data, Map<String, String> options) {
    StringBuilder line = new StringBuilder("newsbrief train summarize --data " + data);
    new TreeMap<>(options)
        .forEach(
            (k, v) -> {
              if (!k.equals("out")) {
                line.append(" --set ").append(k).append('=').append(v);
              }
            });
    return line.toString();
  }

  /**
   * The options of the dev run that scores a candidate model written to {@code out}: {@code words}
   * per summary, no peers, and the training run's {@code dev_limit} as the dev limit.
   */
  static Map<String, String> devOptions(Path out, int words, Map<String, String> options) {
    Map<String, String> dev = new TreeMap<>();
    dev.put("model", out.toString());
    dev.put("words", String.valueOf(words));
    dev.put("peers", "false");
    if (options.containsKey("dev_limit")) {
      dev.put("limit", options.get("dev_limit"));
    }
    return dev;
  }
}
