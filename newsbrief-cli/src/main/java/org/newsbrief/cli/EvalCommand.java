package org.newsbrief.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.newsbrief.eval.EvalTasks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin TaskOptions given = new TaskOptions();

  @Override
  public Integer call() throws IOException {
    return new TaskRun("task", EvalTasks.all()).run(spec.commandLine(), task, given);
  }
}
