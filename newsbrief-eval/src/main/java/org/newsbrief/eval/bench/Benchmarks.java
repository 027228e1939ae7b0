package org.newsbrief.eval.bench;

import java.util.List;
import java.util.Optional;
import org.newsbrief.eval.EvalTask;

/** The benchmarks newsbrief knows, by name. They share the evaluation tasks' interface. */
public final class Benchmarks {
  private Benchmarks() {}

  /** Every benchmark, sorted by name. */
  public static List<EvalTask> all() {
    return List.<EvalTask>of(
        new org.newsbrief.eval.analyze.AnalyzeBench(),
        new org.newsbrief.eval.extract.ExtractBench(),
        new org.newsbrief.eval.summarize.SummarizeBench());
  }

  /** The benchmark called {@code name}. */
  public static Optional<EvalTask> named(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
