package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.StoryOptions;

/**
 * The learned join model an eval run uses: the shipped one (default; {@code learned=false}: none,
 * the cosine rule; also none with {@code refine=0} or an embedding), one read from a file ({@code
 * model=PATH}) or one fitted on the run's own gold ({@code train=PATH} writes the weights there;
 * in-sample, see {@link TopicFolds} for the honest figure). {@code cutoff} sets the join
 * probability; {@code regroup=hand} or a threshold drops the regrouping linkage the model stores.
 */
final class LearnedModels {
  private LearnedModels() {}

  static @Nullable PairModel model(
      List<LabelledDoc> docs, StoryOptions storyOptions, Map<String, String> options)
      throws IOException {
    PairModel model = null;
    if (options.containsKey("train")) {
      model =
          PairTraining.fit(
              labelled(docs), storyOptions, trainOrders(options), cutoff(options), joins(options));
      Files.writeString(Path.of(options.get("train")), model.format(), StandardCharsets.UTF_8);
    } else if (options.containsKey("model")) {
      Path file = Path.of(options.get("model"));
      try {
        model = PairModel.parse(Files.readString(file));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("model=" + file + ": " + e.getMessage(), e);
      }
    } else if (storyOptions.usesLearnedModel()) {
      model = PairModel.shipped();
    }
    if (model != null && options.containsKey("cutoff")) {
      model = model.withCutoff(Double.parseDouble(options.get("cutoff")));
    }
    if (model != null && handLinkage(options)) {
      model = model.withRegrouping(null);
    }
    return model;
  }

  /**
   * True when {@code regroup} asks for the hand-set linkage ({@code hand} or a threshold) instead
   * of the one the model stores.
   */
  static boolean handLinkage(Map<String, String> options) {
    String value = options.getOrDefault("regroup", "true");
    return !value.equals("true") && !value.equals("false");
  }

  /** The join cutoff for fitting ({@code cutoff}, default the model's). */
  static double cutoff(Map<String, String> options) {
    return Double.parseDouble(options.getOrDefault("cutoff", "0.5"));
  }

  /** Whether a fitted model decides joins ({@code joins}, default true) or only merges. */
  static boolean joins(Map<String, String> options) {
    return Boolean.parseBoolean(options.getOrDefault("joins", "true"));
  }

  static int trainOrders(Map<String, String> options) {
    return Integer.parseInt(options.getOrDefault("train_orders", "3"));
  }

  /** The documents with the cleaner's headline and date, as the clusterer gets them. */
  static List<PairTraining.LabelledArticle> labelled(List<LabelledDoc> docs) {
    NewsCleaner cleaner = new NewsCleaner();
    return docs.stream()
        .map(
            d -> {
              PreparedDoc p = PreparedDoc.of(d, cleaner);
              return new PairTraining.LabelledArticle(
                  d.id(), p.title(), p.published(), d.text(), d.story());
            })
        .toList();
  }
}
