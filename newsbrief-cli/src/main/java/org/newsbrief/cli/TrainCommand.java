package org.newsbrief.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.newsbrief.eval.train.TrainTasks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief train TASK --data PATH [--json] [--set out=DIR]}: fits a model, writes it. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train a model on a training split, choose settings on dev, write it with its manifest.")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "The model to train.")
  String task = "";

  @Mixin TaskOptions given = new TaskOptions();

  @Override
  public Integer call() throws IOException {
    return new TaskRun("training task", TrainTasks.all()).run(spec.commandLine(), task, given);
  }
}
