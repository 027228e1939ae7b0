package org.newsbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import picocli.CommandLine;

/**
 * What {@code eval} and {@code bench} share: find the named task, check the data path, run it,
 * print its report. Unknown names, missing data and {@code --set} values a task rejects (not a
 * number, out of range) are usage errors.
 *
 * @param kind "task" or "benchmark", for messages
 * @param tasks the tasks to choose from
 */
record TaskRun(String kind, List<EvalTask> tasks) {
  int run(CommandLine cli, String name, TaskOptions given) throws IOException {
    Path data = given.data;
    Map<String, String> options = given.options;
    EvalTask task =
        tasks.stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        cli,
                        "unknown "
                            + kind
                            + " '"
                            + name
                            + "' (known: "
                            + tasks.stream().map(EvalTask::name).collect(Collectors.joining(", "))
                            + ")"));
    if (!Files.exists(data)) {
      throw new CommandLine.ParameterException(cli, "no such data file or folder: " + data);
    }
    EvalReport report;
    try {
      report = task.run(data, options);
    } catch (NumberFormatException e) {
      throw new CommandLine.ParameterException(
          cli,
          "a --set option needs a number: " + e.getMessage() + " (options given: " + options + ")");
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          cli, "bad --set option: " + e.getMessage() + " (options given: " + options + ")");
    }
    cli.getOut().println(given.json ? report.toJson() : report.toTable());
    return ExitCodes.OK;
  }
}
