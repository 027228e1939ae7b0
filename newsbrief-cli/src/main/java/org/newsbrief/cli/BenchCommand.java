package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsbrief.eval.bench.Benchmarks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--data",
      required = true,
      paramLabel = "PATH",
      description = "Data folder or file.")
  Path data = Path.of(".");

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Benchmark option, e.g. --set articles=10 --set rounds=5.")
  Map<String, String> options = new TreeMap<>();

  @Override
  public Integer call() throws IOException {
    return new TaskRun("benchmark", Benchmarks.all())
        .run(spec.commandLine(), task, data, options, json);
  }
}
