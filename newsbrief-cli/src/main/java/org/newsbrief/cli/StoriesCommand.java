package org.newsbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.model.Problem;
import org.newsbrief.model.Stories;
import org.newsbrief.render.StoriesRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief stories PATH_OR_URL...}: lists the stories in files, folders and URLs. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "List the stories in the given files, folders, web archives, .urls lists and http(s)"
            + " URLs: label, time span, key entities and member articles.")
final class StoriesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH_OR_URL",
      description = "Files or folders of articles, web archives, .urls lists or http(s) URLs.")
  List<String> inputs = List.of();

  @Option(names = "--json", description = "Print JSON {\"stories\": [...]} instead of text.")
  boolean json;

  @Option(
      names = "--embeddings",
      description = "Also compare article embeddings (bge-small, in-process; slower).")
  boolean embeddings;

  @Override
  public Integer call() {
    Stories stories =
        NewsBriefings.create(BriefingOptions.defaults().withStories(storyOptions(embeddings)))
            .storiesOf(inputs);
    for (Problem p : stories.problems()) {
      spec.commandLine().getErr().println("newsbrief: skipped " + Problems.printable(p));
    }
    if (stories.articles().isEmpty()) {
      spec.commandLine().getErr().println("newsbrief: no article could be read");
      return ExitCodes.ERROR;
    }
    spec.commandLine().getOut().print(StoriesRenderer.listing(stories, json));
    spec.commandLine().getOut().flush();
    return stories.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  static StoryOptions storyOptions(boolean embeddings) {
    return embeddings
        ? StoryOptions.defaults().withEmbedding(StoryOptions.DEFAULT_EMBEDDING_WEIGHT)
        : StoryOptions.defaults();
  }
}
