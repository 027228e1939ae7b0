package org.newsbrief.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** The options {@code eval} and {@code bench} share: the data path, JSON output, task options. */
final class TaskOptions {
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
      description = "Task option, e.g. --set limit=20 (eval) or --set rounds=5 (bench).")
  Map<String, String> options = new TreeMap<>();
}
