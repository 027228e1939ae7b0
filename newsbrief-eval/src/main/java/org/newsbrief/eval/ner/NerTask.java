package org.newsbrief.eval.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.entity.NerDecoder;
import org.newsbrief.analyze.entity.NerGazetteer;
import org.newsbrief.analyze.entity.NerModel;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.analyze.entity.NerTagger;
import org.newsbrief.analyze.entity.RuleNames;
import org.newsbrief.analyze.entity.WordClusters;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;

/**
 * {@code newsbrief eval ner --data PATH}: entity-level precision, recall and F1 (conlleval rules)
 * of the trained tagger on a CoNLL-2003 file (or a folder's {@code dev.txt}), and {@code f1_lower}
 * on a lower-cased copy; peers in the same run: the rule-based names and any {@link NerPeer} plugin
 * (CoreNLP). {@code --set model=DIR} scores the model and clusters in DIR instead of the shipped
 * ones; {@code --set beam=K} searches with a beam of K (default the shipped width); {@code --set
 * limit=N} reads the first N documents.
 */
public final class NerTask implements EvalTask {
  @Override
  public String name() {
    return "ner";
  }

  @Override
  public String description() {
    return "named entities on CoNLL-2003 (conlleval P/R/F1 by type), rule-based names as peer";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int limit = EvalOptions.limit(options);
    List<ConllCorpus.Document> docs = ConllCorpus.read(data).documents();
    docs = docs.subList(0, Math.min(limit, docs.size()));
    List<ConllCorpus.Document> lower = NerTrainer.lowerCased(docs);
    long start = System.nanoTime();
    long cpuStart =
        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    NerTagger tagger =
        tagger(
            options.get("model"),
            Integer.parseInt(options.getOrDefault("beam", String.valueOf(NerDecoder.WIDTH))));
    double load = (System.nanoTime() - start) / 1e9;
    double loadCpu =
        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - cpuStart)
            / 1e9;
    Map<String, Double> system = NerEvaluation.score(tagger::tag, docs);
    system.put("f1_lower", NerEvaluation.score(tagger::tag, lower).get("f1"));
    system.put("load_s", load);
    system.put("load_s_cpu", loadCpu);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    Map<String, Double> rules = NerEvaluation.score(NerTask::rules, docs);
    rules.put("f1_lower", NerEvaluation.score(NerTask::rules, lower).get("f1"));
    peers.put("rule_names", rules);
    for (NerPeer peer : Peers.of(NerPeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = NerEvaluation.score(peer::tag, docs);
      metrics.put("f1_lower", NerEvaluation.score(peer::tag, lower).get("f1"));
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    return new EvalReport(name(), data.toString(), system, peers);
  }

  private static List<List<NerSpan>> rules(List<List<String>> sentences) {
    return sentences.stream().map(RuleNames::find).toList();
  }

  private static NerTagger tagger(@org.jspecify.annotations.Nullable String dir, int width)
      throws IOException {
    if (dir == null) {
      return width == NerDecoder.WIDTH
          ? NerTagger.shipped()
          : new NerTagger(
              NerTagger.shipped().model(),
              NerTagger.shipped().clusters(),
              NerTagger.shipped().names(),
              width);
    }
    Path folder = Path.of(dir);
    try (InputStream m = Files.newInputStream(folder.resolve("ner-model.bin.gz"));
        InputStream c = Files.newInputStream(folder.resolve("ner-clusters.tsv.gz"));
        InputStream g = Files.newInputStream(folder.resolve("ner-names.bin.gz"))) {
      return new NerTagger(NerModel.read(m), WordClusters.read(c), NerGazetteer.read(g), width);
    }
  }
}
