package org.newsbrief.eval.stance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.conflict.Contradictions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.Article;
import org.newsbrief.model.Sentence;
import org.newsbrief.stance.Stance;
import org.newsbrief.stance.StanceClassifier;

/**
 * Scores the briefing's conflict-pair detector ({@link Contradictions}) on FNC-1 related pairs: the
 * headline against the body sentence sharing most content words with it. A pair whose gold stance
 * is "disagree" should be found to conflict; "agree" and "discuss" pairs should not ("unrelated"
 * pairs are left out: conflicts only pair sentences that already talk about the same thing). Peers
 * in the same run: the detector without its same-matter check ({@link Contradictions#sameMatter}),
 * the detector on any body sentence, and the shipped stance model predicting "disagree" for the
 * headline against that best sentence and against the whole body. Options: {@code split} ("dev",
 * the reported held-out bodies, or "tune"), {@code limit} (stance rows read).
 */
public final class ConflictsTask implements EvalTask {
  /** One related pair: the headline, the body's sentences, the best-matching one, and the gold. */
  record Case(
      String headline, String body, List<String> sentences, String best, boolean disagree) {}

  @Override
  public String name() {
    return "conflicts";
  }

  @Override
  public String description() {
    return "conflict pairs on FNC-1 related pairs (disagree = conflict): precision, recall, F1,"
        + " vs the shipped stance model";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    String split = Fnc1Data.evalSplit(options);
    Fnc1Data fnc = Fnc1Data.read(data, options);
    List<Case> cases = cases(fnc, fnc.split(split));
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    peers.put(
        "detector_without_same_matter",
        score(cases, c -> Contradictions.score(c.headline(), c.best()) > 0));
    peers.put(
        "detector_any_sentence",
        score(cases, c -> c.sentences().stream().anyMatch(s -> conflict(c.headline(), s))));
    StanceClassifier model = StanceClassifier.shipped();
    peers.put(
        "stance_model_best_sentence",
        score(cases, c -> model.predict(c.headline(), c.best()) == Stance.DISAGREE));
    peers.put(
        "stance_model_body",
        score(cases, c -> model.predict(c.headline(), c.body()) == Stance.DISAGREE));
    Map<String, Double> system = score(cases, c -> conflict(c.headline(), c.best()));
    return new EvalReport(name(), data.toString(), system, peers);
  }

  private static boolean conflict(String a, String b) {
    return Contradictions.score(a, b) > 0 && Contradictions.sameMatter(a, b);
  }

  static List<Case> cases(Fnc1Data fnc, List<Fnc1Data.Pair> pairs) {
    Analyzer analyzer = new Analyzer();
    Map<Integer, List<String>> sentences = new TreeMap<>();
    List<Case> cases = new ArrayList<>();
    for (Fnc1Data.Pair p : pairs) {
      if (p.stance() == Stance.UNRELATED) {
        continue;
      }
      String body = fnc.bodies.getOrDefault(p.bodyId(), "");
      List<String> split =
          sentences.computeIfAbsent(p.bodyId(), id -> sentences(analyzer, id, body));
      String best = "";
      double most = -1;
      for (String s : split) {
        double overlap = Contradictions.overlap(p.headline(), s);
        if (overlap > most) {
          most = overlap;
          best = s;
        }
      }
      cases.add(new Case(p.headline(), body, split, best, p.stance() == Stance.DISAGREE));
    }
    return cases;
  }

  private static List<String> sentences(Analyzer analyzer, int id, String body) {
    List<String> paragraphs = List.of(body.split("\\n+"));
    Article article = new Article("b" + id, "fnc1", "b" + id, null, null, paragraphs);
    return analyzer.analyze(article).sentences().stream().map(Sentence::text).toList();
  }

  /** Precision, recall and F1 of {@code detector} for "disagree", and the number of cases. */
  static Map<String, Double> score(List<Case> cases, Predicate<Case> detector) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Case c : cases) {
      boolean found = detector.test(c);
      tp += found && c.disagree() ? 1 : 0;
      fp += found && !c.disagree() ? 1 : 0;
      fn += !found && c.disagree() ? 1 : 0;
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("precision", p);
    metrics.put("recall", r);
    metrics.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    metrics.put("count", (double) cases.size());
    metrics.put("count_found", (double) (tp + fp));
    return metrics;
  }
}
