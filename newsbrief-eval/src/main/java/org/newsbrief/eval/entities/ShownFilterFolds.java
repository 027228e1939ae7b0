package org.newsbrief.eval.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.entity.ShownFeatures;
import org.newsbrief.learn.NewtonRegression;

/**
 * The topic-grouped folds of the shown-entity filter's training: which fold each labelled story
 * falls in, the out-of-fold junk probabilities, the fit without a fold, and the kept/dropped counts
 * at a threshold.
 */
final class ShownFilterFolds {
  private ShownFilterFolds() {}

  /**
   * Each story's fold: the stories of one ECB+ topic ("29_ecb", "29_ecbplus") share a fold, so no
   * fold is scored by a model that saw the same event; topics in numeric order, dealt round.
   */
  static Map<String, Integer> byTopic(List<String> stories, int folds) {
    List<String> topics =
        new ArrayList<>(new TreeSet<>(stories.stream().map(ShownFilterFolds::topic).toList()));
    topics.sort(Comparator.comparingInt(ShownFilterFolds::number).thenComparing(t -> t));
    Map<String, Integer> foldOf = new HashMap<>();
    for (String story : stories) {
      foldOf.put(story, topics.indexOf(topic(story)) % folds);
    }
    return foldOf;
  }

  private static String topic(String story) {
    int cut = story.indexOf('_');
    return cut < 0 ? story : story.substring(0, cut);
  }

  private static int number(String topic) {
    return topic.matches("\\d{1,9}") ? Integer.parseInt(topic) : Integer.MAX_VALUE;
  }

  /** Real kept, junk kept, real dropped, junk dropped at threshold {@code t}. */
  static int[] counts(List<ShownLabels.Row> rows, double[] p, double t) {
    int[] c = new int[4];
    for (int i = 0; i < rows.size(); i++) {
      boolean dropped = p[i] > t;
      c[(dropped ? 2 : 0) + (rows.get(i).junk() ? 1 : 0)]++;
    }
    return c;
  }

  /**
   * {@code rows} with the features named in {@code drop} (comma-separated, or null for none) held
   * at 0, so the fit gives them no weight; an unknown name is refused.
   */
  static List<ShownLabels.Row> without(List<ShownLabels.Row> rows, @Nullable String drop) {
    if (drop == null || drop.isBlank()) {
      return rows;
    }
    List<Integer> cut = new ArrayList<>();
    for (String name : drop.split(",")) {
      int at = ShownFeatures.NAMES.indexOf(name.strip());
      if (at < 0) {
        throw new IllegalArgumentException("drop: no shown-entity feature named " + name);
      }
      cut.add(at);
    }
    List<ShownLabels.Row> out = new ArrayList<>();
    for (ShownLabels.Row r : rows) {
      double[] x = r.features().clone();
      cut.forEach(k -> x[k] = 0);
      out.add(new ShownLabels.Row(r.story(), r.name(), x, r.junk(), r.kind()));
    }
    return out;
  }

  /** Each row's junk probability by the model fitted without its story's fold. */
  static double[] outOfFold(
      List<ShownLabels.Row> rows, Map<String, Integer> foldOf, int folds, double l2) {
    double[] p = new double[rows.size()];
    for (int fold = 0; fold < folds; fold++) {
      double[] w = fit(rows, foldOf, fold, l2);
      for (int i = 0; i < rows.size(); i++) {
        if (foldOf.getOrDefault(rows.get(i).story(), -1) == fold) {
          p[i] = NewtonRegression.logistic(NewtonRegression.dot(w, rows.get(i).features()));
        }
      }
    }
    return p;
  }

  /** Weights fitted on the stories outside {@code fold} (all when it is negative). */
  static double[] fit(
      List<ShownLabels.Row> rows, Map<String, Integer> foldOf, int fold, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (ShownLabels.Row r : rows) {
      if (foldOf.getOrDefault(r.story(), -1) != fold) {
        x.add(r.features());
        y.add(r.junk() ? 1.0 : 0.0);
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }
}
