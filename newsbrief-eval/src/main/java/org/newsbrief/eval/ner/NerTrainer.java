package org.newsbrief.eval.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsbrief.analyze.entity.NerDecoder;
import org.newsbrief.analyze.entity.NerDocument;
import org.newsbrief.analyze.entity.NerGazetteer;
import org.newsbrief.analyze.entity.NerModel;
import org.newsbrief.analyze.entity.NerTagger;
import org.newsbrief.analyze.entity.NerTags;
import org.newsbrief.analyze.entity.WordClusters;

/**
 * Trains the tagger as an averaged perceptron over whole documents, searching with the runtime's
 * own beam {@link NerDecoder} with early updates (so the tag and document-history features see the
 * model's own earlier decisions, as at run time). A seeded share of the training documents is also
 * given in lower case. After each epoch the averaged weights are scored on dev; the best epoch is
 * kept.
 */
final class NerTrainer {
  /** The chosen weights, the epoch that gave them, and its dev scores. */
  record Result(Map<Long, float[]> weights, int epoch, Map<String, Double> dev) {}

  /** Folds of the jackknifed name lists; 0 trains without name lists. */
  static final int FOLDS = 10;

  private NerTrainer() {}

  static Result train(
      List<ConllCorpus.Document> train,
      List<ConllCorpus.Document> dev,
      WordClusters clusters,
      int epochs,
      double lowerShare,
      long seed,
      int folds,
      PrintStream log) {
    return train(
        train, dev, clusters, epochs, lowerShare, seed, folds, Map.of(), NerDecoder.WIDTH, log);
  }

  /** As above, with {@code external} name lists (type bits 4-7) added to every list. */
  static Result train(
      List<ConllCorpus.Document> train,
      List<ConllCorpus.Document> dev,
      WordClusters clusters,
      int epochs,
      double lowerShare,
      long seed,
      int folds,
      Map<Long, Integer> external,
      int width,
      PrintStream log) {
    Random random = new Random(seed);
    List<ConllCorpus.Document> docs = new ArrayList<>(train);
    List<Integer> origin = new ArrayList<>();
    for (int k = 0; k < train.size(); k++) {
      origin.add(k);
    }
    for (int k = 0; k < train.size(); k++) {
      if (random.nextDouble() < lowerShare) {
        docs.add(train.get(k).lowerCased());
        origin.add(k);
      }
    }
    List<NerGazetteer> lists =
        folds > 0
            ? NameLists.jackknife(train, folds, external)
            : List.of(NerGazetteer.of(external));
    NerGazetteer all =
        NerGazetteer.of(NameLists.merge(folds > 0 ? NameLists.of(train) : Map.of(), external));
    List<NerDocument> prepared = new ArrayList<>();
    List<int[][]> gold = new ArrayList<>();
    for (int j = 0; j < docs.size(); j++) {
      ConllCorpus.Document d = docs.get(j);
      prepared.add(new NerDocument(d.words(), clusters, lists.get(origin.get(j) % lists.size())));
      int[][] tags = new int[d.sentences().size()][];
      for (int s = 0; s < tags.length; s++) {
        ConllCorpus.Sentence sentence = d.sentences().get(s);
        tags[s] = NerTags.encode(sentence.names(), sentence.words().size());
      }
      gold.add(tags);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      order.add(i);
    }
    PerceptronWeights weights = new PerceptronWeights();
    Result best = new Result(Map.of(), 0, Map.of("f1", -1.0));
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int k : order) {
        int[][] g = gold.get(k);
        NerDecoder.decode(
            prepared.get(k),
            weights,
            width,
            new NerDecoder.Learner() {
              @Override
              public int[] gold(int s) {
                return g[s];
              }

              @Override
              public void add(long[] features, int n, int tag, int delta) {
                weights.add(features, n, tag, delta);
              }

              @Override
              public void tick() {
                weights.tick();
              }
            });
      }
      Map<Long, float[]> averaged = weights.averaged();
      NerTagger tagger = new NerTagger(NerModel.of(averaged), clusters, all, width);
      Map<String, Double> scores = NerEvaluation.score(tagger::tag, dev);
      scores.put("f1_lower", NerEvaluation.score(tagger::tag, lowerCased(dev)).get("f1"));
      log.printf(
          "epoch %d: dev f1 %.4f, lower-cased dev f1 %.4f, %d rows%n",
          epoch, scores.get("f1"), scores.get("f1_lower"), averaged.size());
      if (scores.getOrDefault("f1", 0.0) > best.dev().getOrDefault("f1", -1.0)) {
        best = new Result(averaged, epoch, scores);
      }
    }
    return best;
  }

  /**
   * The mean of the weights of {@code parts} (models trained with different seeds), scored on
   * {@code dev} with {@code names}; its epoch is the latest of the parts'.
   */
  static Result ensemble(
      List<Result> parts,
      List<ConllCorpus.Document> dev,
      WordClusters clusters,
      NerGazetteer names,
      int width,
      PrintStream log) {
    Map<Long, float[]> mean = new LinkedHashMap<>();
    for (Result part : parts) {
      for (Map.Entry<Long, float[]> e : part.weights().entrySet()) {
        float[] row = mean.computeIfAbsent(e.getKey(), k -> new float[NerTags.COUNT]);
        for (int t = 0; t < row.length; t++) {
          row[t] += e.getValue()[t] / parts.size();
        }
      }
    }
    NerTagger tagger = new NerTagger(NerModel.of(mean), clusters, names, width);
    Map<String, Double> scores = NerEvaluation.score(tagger::tag, dev);
    scores.put("f1_lower", NerEvaluation.score(tagger::tag, lowerCased(dev)).get("f1"));
    log.printf(
        "mean of %d seeds: dev f1 %.4f, lower-cased dev f1 %.4f, %d rows%n",
        parts.size(), scores.get("f1"), scores.get("f1_lower"), mean.size());
    int epoch = parts.stream().mapToInt(Result::epoch).max().orElse(0);
    return new Result(mean, epoch, scores);
  }

  static List<ConllCorpus.Document> lowerCased(List<ConllCorpus.Document> docs) {
    return docs.stream().map(ConllCorpus.Document::lowerCased).toList();
  }
}
