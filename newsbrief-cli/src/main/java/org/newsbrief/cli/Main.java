package org.newsbrief.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsbrief.NewsBriefings;
import org.newsbrief.ingest.PrintableText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsbrief} command. Its subcommands are listed in {@link #COMMANDS}, not in the
 * annotation: a run that names one gets only that one built (picocli reads every option of every
 * subcommand it is given, about a fifth of the main thread's work in a cold demo briefing); any
 * other run (help, version, a mistyped command) gets them all.
 */
@Command(
    name = "newsbrief",
    mixinStandardHelpOptions = true,
    version = "newsbrief 0.1.0",
    description = "Turns a pile of news articles into a sourced briefing.")
public final class Main implements Runnable {
  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          BriefCommand.class,
          IngestCommand.class,
          FollowCommand.class,
          ExtractCommand.class,
          EvalCommand.class,
          BenchCommand.class,
          TrainCommand.class,
          ServeCommand.class,
          SearchCommand.class,
          StoriesCommand.class,
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Runs {@code args} with the given writers and returns the exit code. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("newsbrief: " + PrintableText.of(describe(e)));
          if (e instanceof CommandLine.ParameterException usage) {
            usage.getCommandLine().usage(commandLine.getErr());
            return ExitCodes.USAGE;
          }
          return ExitCodes.ERROR;
        });
    CommandLine search = cli.getSubcommands().get("search");
    int code = cli.execute(search == null ? args : SearchCommand.queryAfterOptions(search, args));
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line for {@code args}: with only the subcommand {@code args} starts with when it
   * names one other than help, else with all of them.
   */
  static CommandLine commandLine(String... args) {
    String first = args.length > 0 ? args[0] : "";
    Class<?> named = null;
    for (Class<?> command : COMMANDS) {
      if (command != CommandLine.HelpCommand.class && nameOf(command).equals(first)) {
        named = command;
      }
    }
    if (named == BriefCommand.class) {
      NewsBriefings.preload(); // the briefing's models load while picocli reads the options
    }
    CommandLine cli = new CommandLine(new Main());
    if (named != null) {
      return cli.addSubcommand(named);
    }
    for (Class<?> command : COMMANDS) {
      cli.addSubcommand(command);
    }
    return cli;
  }

  private static String nameOf(Class<?> command) {
    Command annotation = command.getAnnotation(Command.class);
    return annotation == null ? "" : annotation.name();
  }

  /** A message for a person: file-system errors name the file and say what went wrong. */
  static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
    }
    return String.valueOf(e.getMessage());
  }

  /** The process entry point. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true);
    System.exit(execute(out, err, args));
  }
}
