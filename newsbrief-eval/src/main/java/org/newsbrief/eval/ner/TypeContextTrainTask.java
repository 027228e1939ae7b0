package org.newsbrief.eval.ner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.newsbrief.analyze.entity.TypeContext;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train types --data CONLL_FOLDER}: fits the entity-level type model ({@link
 * TypeContext}) on the gold names of {@code train.txt}, chooses the L2 penalty on {@code dev.txt}
 * (accuracy of the most probable type over dev's names, one per distinct name per document), and
 * writes {@code type-context.tsv.gz} and its manifest to {@code out}. Options: {@code epochs},
 * {@code seed}, {@code floor} (weights kept), {@code out}.
 */
public final class TypeContextTrainTask implements EvalTask {
  private static final double[] PENALTIES = {1e-6, 1e-5, 1e-4};

  @Override
  public String name() {
    return "types";
  }

  @Override
  public String description() {
    return "fits the entity-level type model on CoNLL-2003 train names, L2 chosen on dev";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    if (!Files.isRegularFile(data.resolve("train.txt"))
        || !Files.isRegularFile(data.resolve("dev.txt"))) {
      throw new IOException(data + ": need a folder with CoNLL-2003 train.txt and dev.txt");
    }
    int epochs = Integer.parseInt(options.getOrDefault("epochs", "15"));
    long seed = Long.parseLong(options.getOrDefault("seed", "1"));
    double floor = Double.parseDouble(options.getOrDefault("floor", "0.01"));
    List<TypeContextFit.Example> train =
        TypeContextFit.examples(ConllCorpus.read(data.resolve("train.txt")).documents());
    List<TypeContextFit.Example> dev =
        TypeContextFit.examples(ConllCorpus.read(data.resolve("dev.txt")).documents());
    Map<String, Double> report = new TreeMap<>();
    TypeContext best = null;
    double bestAccuracy = -1;
    double bestL2 = PENALTIES[0];
    for (double l2 : PENALTIES) {
      TypeContext model = TypeContextFit.fit(train, l2, epochs, seed, floor);
      double accuracy = TypeContextFit.accuracy(model, dev);
      report.put(String.format(Locale.ROOT, "dev_accuracy_l2_%.0e", l2), accuracy);
      if (accuracy > bestAccuracy) {
        best = model;
        bestAccuracy = accuracy;
        bestL2 = l2;
      }
    }
    report.put("dev_accuracy", bestAccuracy);
    report.put("count_train_names", (double) train.size());
    report.put("count_dev_names", (double) dev.size());
    Path out = Path.of(options.getOrDefault("out", NerTrainTask.OUT));
    Files.createDirectories(out);
    Path file = out.resolve(TypeContext.RESOURCE);
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      java.util.Objects.requireNonNull(best, "model").write(w);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    new ModelManifest(
            "types",
            "CoNLL-2003 English (Reuters, research licence; gold names of train, features kept"
                + " only as 64-bit hashes)",
            "train",
            train.size(),
            "newsbrief train types --data ../shared/data/ner/conll2003",
            seed,
            Map.of("accuracy", bestAccuracy),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            String.format(
                Locale.ROOT,
                "softmax regression (AdaGrad, %d epochs) over the words, suffixes and shape of a"
                    + " name and the words around and first pronoun after each of its mentions in a"
                    + " document, one example per distinct gold name per document; L2 %s chosen"
                    + " on dev accuracy of the most probable type (%d dev names); weights whose"
                    + " largest magnitude is below %s dropped",
                epochs,
                bestL2,
                dev.size(),
                floor))
        .write(out.resolve("type-context.manifest.json"), file);
    report.put("train_s", seconds);
    return new EvalReport("train types", data.toString(), report, Map.of());
  }
}
