package org.newsbrief.eval.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.stance.BoostingSettings;
import org.newsbrief.stance.FeatureSet;
import org.newsbrief.stance.Stance;
import org.newsbrief.stance.StanceClassifier;
import org.newsbrief.stance.StanceExample;

/**
 * Scores newsbrief's stance classifier on FNC-1 beside two peers computed in the same run: every
 * pair "unrelated" (the majority class) and the FNC-1 official baseline (its 44 features, 200
 * boosted depth-3 trees) trained on the same training pairs. Options: {@code split} ("dev", the
 * default and the reported split, or "tune", held-out training bodies), {@code limit} (stance rows
 * read, for smoke runs), {@code rounds} (boosting rounds of every model trained here), {@code
 * weights} (class weights of newsbrief's model, "agree,disagree,discuss,unrelated"), {@code
 * peers=majority} (skip training the FNC-1 baseline), {@code train=FILE} (fit newsbrief's model on
 * the training split, write it gzipped to FILE and score it instead of the shipped one; with
 * split=tune the model is always refitted on the "fit" bodies).
 */
public final class StanceTask implements EvalTask {
  /**
   * The FNC-1 baseline: sklearn GradientBoostingClassifier(n_estimators=200), depth 3, rate 0.1.
   */
  static final BoostingSettings BASELINE =
      new BoostingSettings(200, 3, 0.1, 1, 0.0, 1.0, 14128, List.of(1.0, 1.0, 1.0, 1.0));

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public String description() {
    return "stance on FNC-1 (agree/disagree/discuss/unrelated): relative score, macro-F1,"
        + " disagree F1, vs majority and the FNC-1 baseline";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    String split = Fnc1Data.evalSplit(options);
    Fnc1Data fnc = Fnc1Data.read(data, options);
    List<StanceExample> train = fnc.examples(fnc.split(split.equals("dev") ? "train" : "fit"));
    List<StanceExample> test = fnc.examples(fnc.split(split));
    BoostingSettings settings = settings(BoostingSettings.DEFAULT, options, true);
    BoostingSettings baseline = settings(BASELINE, options, false);
    String out = options.get("train");
    Map<String, Double> system;
    if (out != null || split.equals("tune")) {
      long start = System.nanoTime();
      StanceClassifier model = StanceClassifier.train(train, FeatureSet.FULL, settings);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (out != null) {
        write(model, Path.of(out));
      }
      system = score(model, test);
      system.put("train_s", seconds);
    } else {
      system = score(StanceClassifier.shipped(), test);
    }
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    peers.put(
        "majority_unrelated",
        FncScore.of(gold(test), Collections.nCopies(test.size(), Stance.UNRELATED)).metrics());
    if (options.getOrDefault("peers", "all").equals("majority")) {
      return new EvalReport(name(), data.toString(), system, peers);
    }
    long start = System.nanoTime();
    StanceClassifier fnc1 = StanceClassifier.train(train, FeatureSet.FNC1_BASELINE, baseline);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> fnc1Metrics = score(fnc1, test);
    fnc1Metrics.put("train_s", seconds);
    peers.put("fnc1_baseline", fnc1Metrics);
    return new EvalReport(name(), data.toString(), system, peers);
  }

  /** {@code base} with the "rounds" option, and the "weights" option when {@code weighted}. */
  private static BoostingSettings settings(
      BoostingSettings base, Map<String, String> options, boolean weighted) {
    BoostingSettings settings = base;
    String rounds = options.get("rounds");
    if (rounds != null) {
      settings = settings.withRounds(Integer.parseInt(rounds));
    }
    String weights = options.get("weights");
    if (weights != null && weighted) {
      List<Double> w = new ArrayList<>();
      for (String v : weights.split(",")) {
        w.add(Double.parseDouble(v));
      }
      settings = settings.withClassWeights(w);
    }
    return settings;
  }

  private static Map<String, Double> score(StanceClassifier model, List<StanceExample> test) {
    long start = System.nanoTime();
    Map<String, List<Integer>> byBody = new LinkedHashMap<>();
    for (int i = 0; i < test.size(); i++) {
      byBody.computeIfAbsent(test.get(i).body(), b -> new ArrayList<>()).add(i);
    }
    Stance[] predicted = new Stance[test.size()];
    for (Map.Entry<String, List<Integer>> body : byBody.entrySet()) {
      List<String> claims = new ArrayList<>();
      body.getValue().forEach(i -> claims.add(test.get(i).claim()));
      List<Stance> stances = model.predict(claims, body.getKey());
      for (int j = 0; j < stances.size(); j++) {
        predicted[body.getValue().get(j)] = stances.get(j);
      }
    }
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    Map<String, Double> metrics =
        new TreeMap<>(FncScore.of(gold(test), Arrays.asList(predicted)).metrics());
    metrics.put("pairs_per_s", test.size() / seconds);
    return metrics;
  }

  private static List<Stance> gold(List<StanceExample> examples) {
    List<Stance> gold = new ArrayList<>(examples.size());
    examples.forEach(e -> gold.add(e.stance()));
    return gold;
  }

  private static void write(StanceClassifier model, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    byte[] text = model.toText().getBytes(StandardCharsets.UTF_8);
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
      gz.write(text);
    }
  }
}
