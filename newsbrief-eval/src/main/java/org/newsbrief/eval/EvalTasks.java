package org.newsbrief.eval;

import java.util.List;
import java.util.Optional;

/** The evaluation tasks newsbrief knows, by name. */
public final class EvalTasks {
  private EvalTasks() {}

  /** Every task, sorted by name. */
  public static List<EvalTask> all() {
    return List.<EvalTask>of(
        new org.newsbrief.eval.cluster.ClusterTask(),
        new org.newsbrief.eval.dedup.DedupTask(),
        new org.newsbrief.eval.entities.EntitiesTask(),
        new org.newsbrief.eval.conflict.FiguresTask(),
        new org.newsbrief.eval.extract.ExtractTask(),
        new org.newsbrief.eval.extract.MetadataTask(),
        new org.newsbrief.eval.ner.NerTask(),
        new org.newsbrief.eval.quotes.QuotesTask(),
        new org.newsbrief.eval.stance.ConflictsTask(),
        new org.newsbrief.eval.stance.StanceTask(),
        new org.newsbrief.eval.summarize.SummarizeTask(),
        new org.newsbrief.eval.time.TimeTask(),
        new org.newsbrief.eval.time.TimelineTask(),
        new org.newsbrief.eval.extract.WebPagesTask());
  }

  /** The task called {@code name}. */
  public static Optional<EvalTask> named(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
