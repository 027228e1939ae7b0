package org.newsbrief.eval.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.analyze.entity.TypeContext;
import org.newsbrief.analyze.entity.TypeFeatures;

/**
 * Fits {@link TypeContext}: the gold names of CoNLL documents, one example per distinct name per
 * document (its mentions' majority type, features of all its mentions), a softmax regression by
 * AdaGrad with an L2 penalty, seeded shuffling.
 */
final class TypeContextFit {
  /** One name of one document: its features and its type's index in {@link TypeContext#TYPES}. */
  record Example(Map<String, Double> features, int type) {}

  private TypeContextFit() {}

  /** The examples of {@code docs}, gold names grouped by how they are written, per document. */
  static List<Example> examples(List<ConllCorpus.Document> docs) {
    List<Example> out = new ArrayList<>();
    for (ConllCorpus.Document d : docs) {
      Map<List<String>, List<TypeFeatures.At>> at = new LinkedHashMap<>();
      Map<List<String>, Map<String, Integer>> types = new HashMap<>();
      for (ConllCorpus.Sentence s : d.sentences()) {
        for (NerSpan n : s.names()) {
          List<String> name = s.words().subList(n.start(), n.end());
          at.computeIfAbsent(name, k -> new ArrayList<>())
              .add(new TypeFeatures.At(s.words(), n.start(), n.end()));
          types.computeIfAbsent(name, k -> new HashMap<>()).merge(n.type(), 1, Integer::sum);
        }
      }
      at.forEach(
          (name, mentions) -> {
            String type =
                types.getOrDefault(name, Map.of()).entrySet().stream()
                    .sorted(
                        Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            out.add(new Example(TypeFeatures.of(name, mentions), TypeContext.TYPES.indexOf(type)));
          });
    }
    return out;
  }

  /** Weights fitted to {@code train}; features whose weights all stay below {@code floor} go. */
  static TypeContext fit(List<Example> train, double l2, int epochs, long seed, double floor) {
    Map<Long, double[]> w = new HashMap<>();
    Map<Long, double[]> g2 = new HashMap<>();
    List<Example> order = new ArrayList<>(train);
    Random random = new Random(seed);
    double rate = 0.5;
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Example e : order) {
        double[] z = new double[4];
        List<long[]> keys = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Map.Entry<String, Double> f : e.features().entrySet()) {
          long h = TypeFeatures.hash(f.getKey());
          double[] wf = w.computeIfAbsent(h, k -> new double[4]);
          for (int k = 0; k < 4; k++) {
            z[k] += wf[k] * f.getValue();
          }
          keys.add(new long[] {h, Double.doubleToLongBits(f.getValue())});
          rows.add(wf);
        }
        double[] p = TypeContext.softmax(z);
        for (int r = 0; r < keys.size(); r++) {
          long[] key = keys.get(r);
          double v = Double.longBitsToDouble(key[1]);
          double[] wf = rows.get(r);
          double[] gf = g2.computeIfAbsent(key[0], k -> new double[4]);
          for (int k = 0; k < 4; k++) {
            double grad = (p[k] - (k == e.type() ? 1 : 0)) * v + l2 * wf[k];
            gf[k] += grad * grad;
            wf[k] -= rate * grad / Math.sqrt(gf[k] + 1e-8);
          }
        }
      }
    }
    Map<Long, float[]> kept = new HashMap<>();
    w.forEach(
        (h, wf) -> {
          double largest = 0;
          for (double v : wf) {
            largest = Math.max(largest, Math.abs(v));
          }
          if (largest >= floor) {
            float[] f = new float[4];
            for (int k = 0; k < 4; k++) {
              f[k] = (float) (Math.round(wf[k] * 1e4) / 1e4);
            }
            kept.put(h, f);
          }
        });
    return new TypeContext(kept);
  }

  /** The share of {@code examples} whose most probable type under {@code model} is theirs. */
  static double accuracy(TypeContext model, List<Example> examples) {
    int right = 0;
    for (Example e : examples) {
      double[] p = model.probabilities(e.features());
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        best = p[k] > p[best] ? k : best;
      }
      right += best == e.type() ? 1 : 0;
    }
    return right / (double) Math.max(1, examples.size());
  }
}
