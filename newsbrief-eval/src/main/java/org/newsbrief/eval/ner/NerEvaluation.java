package org.newsbrief.eval.ner;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsbrief.analyze.entity.NerSpan;

/** Scores a tagger (a document's sentences in, each sentence's names out) on CoNLL documents. */
final class NerEvaluation {
  private NerEvaluation() {}

  static Map<String, Double> score(
      Function<List<List<String>>, List<List<NerSpan>>> tagger, List<ConllCorpus.Document> docs) {
    NerScore score = new NerScore();
    long tokens = 0;
    long start = System.nanoTime();
    for (ConllCorpus.Document d : docs) {
      List<List<NerSpan>> found = tagger.apply(d.words());
      for (int s = 0; s < found.size(); s++) {
        score.add(d.sentences().get(s).names(), found.get(s));
        tokens += d.sentences().get(s).words().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> metrics = score.metrics();
    metrics.put("tokens_per_s", Math.round(tokens / Math.max(seconds, 1e-9)) * 1.0);
    return metrics;
  }
}
