package org.newsbrief.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.newsbrief.eval.bench.Benchmarks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief bench NAME --data PATH [--json]}: measures speed against peers. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark a stage on real data, side by side with peer systems in the same run.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The benchmark to run.")
  String task = "";

  @Mixin TaskOptions given = new TaskOptions();

  @Override
  public Integer call() throws IOException {
    return new TaskRun("benchmark", Benchmarks.all()).run(spec.commandLine(), task, given);
  }
}
