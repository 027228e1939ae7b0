package org.newsbrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Problem;
import org.newsbrief.model.StoryBriefings;
import org.newsbrief.render.BriefingFormat;
import org.newsbrief.render.StoriesRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief brief PATH_OR_URL...}: briefs files, folders, web archives and URLs. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description =
        "Brief the articles in the given files and folders (.txt, .html, .htm, .jsonl, .rss,"
            + " .atom, .xml, .warc(.gz), .arc(.gz), .urls lists) and http(s) URLs: one briefing per"
            + " story.")
final class BriefCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH_OR_URL",
      description = "Files or folders of articles, web archives, .urls lists or http(s) URLs.")
  List<String> inputs = List.of();

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "Output format: md, html or json (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  BriefingFormat format = BriefingFormat.MD;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  @Nullable Path out;

  @Option(
      names = "--words",
      description =
          "Longest summary in words; it stops sooner when more would only repeat (default: 150"
              + " for one article, 12 more for each further independent one, at most 250; no word"
              + " limit with --sentences).")
  @Nullable Integer words;

  @Option(names = "--sentences", description = "Most sentences in the summary (default: no limit).")
  int sentences;

  @Option(
      names = "--copies",
      paramLabel = "RESEMBLANCE",
      description =
          "Articles whose texts share at least this share of word 5-shingles (Jaccard, 0 < r <= 1)"
              + " are copies of one syndicated text and count as one source (default: ${DEFAULT-VALUE}).")
  double copies = BriefingOptions.DEFAULT_COPY_RESEMBLANCE;

  @Option(
      names = "--embeddings",
      description = "Split stories also by article embeddings (bge-small, in-process; slower).")
  boolean embeddings;

  @Override
  public Integer call() throws IOException {
    int budget =
        words != null
            ? words
            : sentences > 0 ? BriefingOptions.UNLIMITED_WORDS : BriefingOptions.STORY_WORDS;
    if (words != null && words <= 0 || sentences < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--words must be positive and --sentences not negative");
    }
    if (!(copies > 0 && copies <= 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--copies must be above 0 and at most 1: " + copies);
    }
    StoryBriefings briefed =
        NewsBriefings.create(
                new BriefingOptions(budget, sentences, copies)
                    .withStories(StoriesCommand.storyOptions(embeddings))
                    .withLanguages(format == BriefingFormat.JSON))
            .briefStoriesOf(inputs);
    for (Problem p : briefed.problems()) {
      spec.commandLine().getErr().println("newsbrief: skipped " + Problems.printable(p));
    }
    if (briefed.stories().isEmpty()) {
      spec.commandLine().getErr().println("newsbrief: no article could be read");
      return ExitCodes.ERROR;
    }
    String rendered = StoriesRenderer.briefings(briefed, format);
    if (out == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    } else {
      Path target = out.toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), ".newsbrief", ".tmp");
      Files.writeString(tmp, rendered, StandardCharsets.UTF_8);
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return briefed.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** Parses "md", "html" or "json" with a clear error otherwise. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<BriefingFormat> {
    @Override
    public BriefingFormat convert(String value) {
      try {
        return BriefingFormat.named(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "' (expected md, html or json)");
      }
    }
  }
}
