package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.eval.EvalOptions;

/**
 * Extra topics the pair model is fitted on beside (or instead of) the ECB+ training topics, never
 * scored: {@code extra=PATH} (an FNC-1 folder or a Multi-News JSONL file, see {@link
 * SiblingTopics}), {@code extra_limit=N} (stories read, default all), {@code extra_only=true} (fit
 * on the extra topics alone, so every ECB+ topic is out of sample). Only the pair model sees them:
 * regrouping settings are still chosen on ECB+ training topics.
 *
 * @param articles the extra articles, as the clusterer gets them
 * @param only whether the extra articles replace the training topics
 * @param source the extra data's path, or empty when there is none
 */
record ExtraTraining(List<PairTraining.LabelledArticle> articles, boolean only, String source) {
  static final ExtraTraining NONE = new ExtraTraining(List.of(), false, "");

  ExtraTraining {
    articles = List.copyOf(articles);
  }

  /** The extra training an eval or train run's options ask for. */
  static ExtraTraining of(Map<String, String> options) throws IOException {
    boolean only = Boolean.parseBoolean(options.getOrDefault("extra_only", "false"));
    if (!options.containsKey("extra")) {
      if (only) {
        throw new IllegalArgumentException("extra_only=true needs extra=PATH");
      }
      return NONE;
    }
    Path source = Path.of(options.get("extra"));
    int limit = EvalOptions.atLeast(options, "extra_limit", 2, Integer.MAX_VALUE);
    List<LabelledDoc> docs = SiblingTopics.read(source, limit);
    return new ExtraTraining(LearnedModels.labelled(docs), only, source.toString());
  }

  /** The articles a pair model is fitted on, given the run's training articles. */
  List<PairTraining.LabelledArticle> with(List<PairTraining.LabelledArticle> train) {
    if (only) {
      return articles;
    }
    List<PairTraining.LabelledArticle> all = new ArrayList<>(train);
    all.addAll(articles);
    return all;
  }

  /** The number of extra stories. */
  long stories() {
    return articles.stream().map(PairTraining.LabelledArticle::story).distinct().count();
  }
}
