package org.newsbrief.eval.train;

import java.util.List;
import java.util.Optional;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.quotes.QuotesTrainTask;
import org.newsbrief.eval.summarize.SummarizeTraining;

/**
 * The training tasks newsbrief knows, by name ({@code newsbrief train TASK --data PATH}). They
 * share the evaluation tasks' interface: running one fits a model on the data, writes it with its
 * {@link ModelManifest} to {@code --set out=DIR} (by default the model's resource folder in this
 * repository, so the command is run from the repository root), and reports the dev scores.
 */
public final class TrainTasks {
  private TrainTasks() {}

  /** Every training task, sorted by name. */
  public static List<EvalTask> all() {
    return List.<EvalTask>of(
        new org.newsbrief.eval.extract.BlocksTrainTask(),
        new org.newsbrief.eval.extract.BylinesTrainTask(),
        new org.newsbrief.eval.cluster.ClusterTrainTask(),
        new org.newsbrief.eval.extract.DatesTrainTask(),
        new org.newsbrief.eval.entities.ShownFilterTrainTask(),
        new org.newsbrief.eval.ner.NerTrainTask(),
        new QuotesTrainTask(),
        new SummarizeTraining(),
        new org.newsbrief.eval.time.TimeTrainTask(),
        new org.newsbrief.eval.ner.TypeContextTrainTask());
  }

  /** The training task called {@code name}. */
  public static Optional<EvalTask> named(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
