package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsbrief.eval.EvalTasks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief eval TASK --data PATH [--json]}: measures quality against peers. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a task on a dev set, side by side with peer systems.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "The task to evaluate.")
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
      description = "Task option, e.g. --set words=300 --set limit=20.")
  Map<String, String> options = new TreeMap<>();

  @Override
  public Integer call() throws IOException {
    return new TaskRun("task", EvalTasks.all()).run(spec.commandLine(), task, data, options, json);
  }
}
